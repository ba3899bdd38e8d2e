package org.commonground.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.commonground.core.collate.Features;
import org.commonground.core.collate.Placement;
import org.commonground.core.domain.Category;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Contribution;
import org.commonground.core.domain.MemberRef;

/**
 * Keeps contributions and the collator's per-contribution features. A contribution is identified by
 * its chat and platform message id: adding the same message twice stores it once.
 */
public interface ContributionStore {

    /**
     * Stores a new contribution with its placement and features.
     *
     * @return the stored contribution, or empty if one with this chat and message id already exists
     */
    Optional<Contribution> add(long roundId, ChatRef chat, String messageId, MemberRef author, String text,
                               Placement placement, Instant at);

    Optional<Contribution> find(long id);

    Optional<Contribution> findByMessage(ChatRef chat, String messageId);

    /** The round's contributions in the order they arrived. */
    List<Contribution> listByRound(long roundId);

    /** The member's contributions, oldest first. */
    List<Contribution> listByAuthor(MemberRef author);

    /** Replaces the text after an edit, with the new placement; counts the edit. */
    void updateText(long id, String text, Placement placement, Instant at);

    /**
     * Sets the category and confidence. With {@code confirmed} the category becomes a person's
     * choice ({@code CONFIRMED}); without it, whether it was confirmed stays as it was.
     */
    void updateCategory(long id, Category category, double confidence, boolean confirmed);

    /** Records the theme each contribution of a round was grouped into. */
    void assignThemes(Map<Long, String> themeByContribution);

    /** The stored features of the round's contributions, by contribution id. */
    Map<Long, Features> features(long roundId);

    /** Deletes one contribution and its features; returns false if there was none. */
    boolean delete(long id);

    /** Deletes every contribution of the member, everywhere; returns how many. */
    int deleteByAuthor(MemberRef author);
}
