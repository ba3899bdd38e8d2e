package org.commonground.core.domain;

import java.util.List;

/**
 * Replies within one category of a round that say much the same thing.
 *
 * @param id              short and stable within the round, such as {@code t3}
 * @param contributionIds the replies in the theme, most representative first
 * @param quoteId         the reply quoted for the theme; it may have been deleted since the
 *                        collation, and readers skip it then
 */
public record Theme(String id, long roundId, Category category, String label, List<Long> contributionIds,
                    long quoteId) {

    public Theme {
        contributionIds = List.copyOf(contributionIds);
    }

    public int size() {
        return contributionIds.size();
    }
}
