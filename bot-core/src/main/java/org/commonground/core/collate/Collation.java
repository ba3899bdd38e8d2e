package org.commonground.core.collate;

import java.util.List;

import org.commonground.core.domain.Category;

/**
 * The result of collating a set of replies.
 *
 * @param placed one entry per input, in input order
 * @param themes the themes, largest first within each category, categories in their natural order
 */
public record Collation(List<Placed> placed, List<ThemeDraft> themes) {

    public Collation {
        placed = List.copyOf(placed);
        themes = List.copyOf(themes);
    }

    /** Where one reply went. */
    public record Placed(String key, Category category, double confidence, String themeId) {
    }

    /**
     * A group of replies that say much the same thing.
     *
     * @param id       {@code t1}, {@code t2}… unique within the collation
     * @param keys     the replies' keys, most representative first
     * @param quoteKey the reply to quote for the theme
     */
    public record ThemeDraft(String id, Category category, String label, List<String> keys, String quoteKey) {

        public ThemeDraft {
            keys = List.copyOf(keys);
        }
    }
}
