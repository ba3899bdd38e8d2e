package org.commonground.core.summary;

import java.util.List;

import org.commonground.core.domain.Category;

/**
 * What a round's summary says, before it is written in any dialect.
 *
 * @param replies  how many replies the round has
 * @param people   how many different people sent them
 * @param sections one per category that has replies, in the categories' order
 */
public record Summary(long roundId, String prompt, int replies, int people, List<Section> sections) {

    public Summary {
        sections = List.copyOf(sections);
    }

    /** One category's part of the summary, under its contract heading. */
    public record Section(Category category, int replies, int people, List<ThemeLine> themes,
                          List<Quote> alsoMentioned) {

        public Section {
            themes = List.copyOf(themes);
            alsoMentioned = List.copyOf(alsoMentioned);
        }

        public String heading() {
            return category.heading();
        }
    }

    /**
     * A theme: its label, a representative reply, and how many more said much the same.
     *
     * @param similar the number of other replies in the theme
     */
    public record ThemeLine(String label, Quote quote, int similar) {
    }

    /**
     * A reply as quoted: one line, shortened, and the author's name only if they chose to be credited.
     *
     * @param credit the author's name, or {@code null} when anonymous
     */
    public record Quote(String text, String credit) {
    }
}
