package org.commonground.core.port;

import java.util.Collection;
import java.util.List;

import org.commonground.core.collate.Anchor;
import org.commonground.core.collate.Exemplar;
import org.commonground.core.domain.Category;

/**
 * What the collator learns from people in one gathering (one network): the replies whose category a
 * member or convenor confirmed, and the themes a convenor named, merged, split or moved replies into
 * (anchors). Later replies of the gathering are compared with both.
 *
 * <p>Contract: a contribution belongs to at most one anchor; pinning it again moves it. Deleting a
 * contribution takes it out of its anchor and out of the exemplars, so forgetting a member forgets
 * what the collator learned from their words. An anchor outlives its replies: its label remains.
 */
public interface CollationMemory {

    /** The gathering's replies whose category a person chose, oldest first. */
    List<Exemplar> confirmed(long gatheringId);

    /** The gathering's anchors, oldest first, each with the replies pinned to it. */
    List<Anchor> anchors(long gatheringId);

    /**
     * Creates an anchor.
     *
     * @param label the theme's name, or {@code null} to let the collator name it from its replies
     * @return the new anchor's id
     */
    long createAnchor(long gatheringId, Category category, String label);

    void renameAnchor(long anchorId, String label);

    /** Pins the contributions to the anchor, taking each out of any other anchor. */
    void pin(long anchorId, Collection<Long> contributionIds);

    /** Deletes the anchor and its pins; the contributions themselves stay. */
    void deleteAnchor(long anchorId);

    /** Remembers nothing: for collations outside any gathering. */
    CollationMemory NONE = new CollationMemory() {
        @Override
        public List<Exemplar> confirmed(long gatheringId) {
            return List.of();
        }

        @Override
        public List<Anchor> anchors(long gatheringId) {
            return List.of();
        }

        @Override
        public long createAnchor(long gatheringId, Category category, String label) {
            throw new UnsupportedOperationException("Nothing is remembered outside a gathering.");
        }

        @Override
        public void renameAnchor(long anchorId, String label) {
            throw new UnsupportedOperationException("Nothing is remembered outside a gathering.");
        }

        @Override
        public void pin(long anchorId, Collection<Long> contributionIds) {
            throw new UnsupportedOperationException("Nothing is remembered outside a gathering.");
        }

        @Override
        public void deleteAnchor(long anchorId) {
            throw new UnsupportedOperationException("Nothing is remembered outside a gathering.");
        }
    };
}
