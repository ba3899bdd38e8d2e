package org.commonground.core.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.commonground.core.domain.Contribution;
import org.commonground.core.domain.Theme;
import org.commonground.core.port.CollationMemory;
import org.commonground.core.port.ContributionStore;
import org.commonground.core.port.RoundStore;
import org.commonground.core.port.ThemeStore;
import org.commonground.core.port.Transactions;
import org.commonground.core.summary.SummaryService;
import org.commonground.core.summary.SummaryService.Collated;

/**
 * A convenor's corrections to a round's themes: rename, merge, split, and move a reply. Each is kept
 * as an anchor of the gathering (a named theme with its pinned replies), so it survives the next
 * collation of the round and later replies in the gathering are matched to it. Themes are named by
 * the ids the round's latest collation gave them, the ones {@code themes ROUND} shows.
 */
public final class ThemeService {

    private final ContributionStore contributions;
    private final CollationMemory memory;
    private final SummaryService summaries;
    private final Transactions transactions;
    private final ThemeAnchors anchors;

    public ThemeService(RoundStore rounds, ThemeStore themes, ContributionStore contributions,
                        CollationMemory memory, SummaryService summaries, Transactions transactions) {
        this.contributions = contributions;
        this.memory = memory;
        this.summaries = summaries;
        this.transactions = transactions;
        this.anchors = new ThemeAnchors(new RoundThemes(rounds, themes, summaries), memory);
    }

    /** Names the theme; the name is kept for it and for replies like it later. */
    public Collated rename(long roundId, String themeId, String label) {
        String name = ThemeAnchors.label(label);
        return corrected(roundId, () -> {
            ThemeAnchors.Located theme = anchors.locate(roundId, themeId);
            long anchor = anchors.anchorOf(theme, name);
            memory.renameAnchor(anchor, name);
            memory.pin(anchor, theme.theme().contributionIds());
        });
    }

    /** Puts the other theme's replies into the theme, under the given name or the theme's own. */
    public Collated merge(long roundId, String themeId, String otherId, String label) {
        return corrected(roundId, () -> {
            ThemeAnchors.Located into = anchors.locate(roundId, themeId);
            ThemeAnchors.Located other = anchors.locate(roundId, otherId);
            if (into.theme().id().equals(other.theme().id())) {
                throw new IllegalArgumentException("A theme cannot be merged with itself.");
            }
            if (into.theme().category() != other.theme().category()) {
                throw new IllegalArgumentException(themeId + " and " + otherId + " are under different headings; "
                        + "move the replies one by one with `theme move`.");
            }
            String name = label == null ? into.theme().label() : ThemeAnchors.label(label);
            long anchor = anchors.anchorOf(into, name);
            Long absorbed = anchors.existingAnchorOf(other);
            memory.renameAnchor(anchor, name);
            memory.pin(anchor, into.theme().contributionIds());
            memory.pin(anchor, other.theme().contributionIds());
            if (absorbed != null && absorbed != anchor) {
                memory.deleteAnchor(absorbed);
            }
        });
    }

    /** Takes the given replies out of the theme into a theme of their own. */
    public Collated split(long roundId, String themeId, List<Long> replyIds, String label) {
        return corrected(roundId, () -> {
            ThemeAnchors.Located theme = anchors.locate(roundId, themeId);
            List<Long> rest = new ArrayList<>(theme.theme().contributionIds());
            if (replyIds.isEmpty() || !rest.containsAll(replyIds) || rest.size() == replyIds.size()) {
                throw new IllegalArgumentException("Name some, not all, of the replies of " + themeId
                        + " (`contributions ROUND` shows which theme each reply is in).");
            }
            rest.removeAll(replyIds);
            memory.pin(anchors.anchorOf(theme, null), rest);
            long split = memory.createAnchor(theme.round().gatheringId(), theme.theme().category(),
                    label == null ? null : ThemeAnchors.label(label));
            memory.pin(split, replyIds);
        });
    }

    /**
     * Moves a reply into a theme of its round, or into a theme of its own with {@code "new"}; the
     * reply takes the theme's category, as a person's choice.
     */
    public Collated move(long contributionId, String themeId) {
        Contribution reply = contributions.find(contributionId).orElseThrow(() -> new IllegalArgumentException(
                "There is no contribution " + contributionId + ". `contributions ROUND` lists them with their ids."));
        return corrected(reply.roundId(), () -> {
            if ("new".equalsIgnoreCase(themeId.strip())) {
                long anchor = memory.createAnchor(anchors.round(reply.roundId()).gatheringId(), reply.category(), null);
                memory.pin(anchor, List.of(contributionId));
                contributions.updateCategory(contributionId, reply.category(), 1.0, true);
                return;
            }
            ThemeAnchors.Located theme = anchors.locate(reply.roundId(), themeId);
            Theme target = theme.theme();
            long anchor = anchors.anchorOf(theme, null);
            memory.pin(anchor, target.contributionIds());
            memory.pin(anchor, List.of(contributionId));
            contributions.updateCategory(contributionId, target.category(), 1.0, true);
        });
    }

    private Collated corrected(long roundId, Runnable correction) {
        Supplier<Collated> work = () -> {
            correction.run();
            return summaries.collate(roundId);
        };
        return transactions.inTransaction(work);
    }
}
