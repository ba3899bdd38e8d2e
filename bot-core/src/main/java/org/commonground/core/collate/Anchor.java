package org.commonground.core.collate;

import java.util.List;

import org.commonground.core.domain.Category;

/**
 * A theme a convenor shaped (named, merged, split or moved a reply into). Its pinned replies always
 * go to it; later replies that are close enough are matched to it.
 *
 * @param label   the convenor's name for it, or {@code null} to name it from its replies
 * @param members the replies pinned to it
 */
public record Anchor(long id, Category category, String label, List<Member> members) {

    public Anchor {
        members = List.copyOf(members);
    }

    /**
     * A pinned reply.
     *
     * @param features its stored features, or {@code null} to compute them from the text
     */
    public record Member(long contributionId, String text, Features features) {
    }
}
