package org.commonground.core.domain;

import java.util.Locale;

/**
 * The four places a reply can land, in the order a co-production conversation moves through them.
 * Each has the question a convenor posts and the heading it has in a summary.
 */
public enum Category {
    VISION("What matters to you? What change do we want to see?", "What matters to us", "What matters"),
    OBSTACLE("What is in our way?", "What's in our way", "What's in our way"),
    TARGET("Who do we need to persuade?", "Who we need to persuade", "Who to persuade"),
    IDEA("What could we do to win the change?", "What we could do", "What we could do");

    private final String prompt;
    private final String heading;
    private final String choice;

    Category(String prompt, String heading, String choice) {
        this.prompt = prompt;
        this.heading = heading;
        this.choice = choice;
    }

    /** The question a convenor would post for this category. */
    public String prompt() {
        return prompt;
    }

    /** The summary heading, part of the public contract. */
    public String heading() {
        return heading;
    }

    /** The short label of the one-tap choice offered to an author. */
    public String choice() {
        return choice;
    }

    /** The lower-case name used on the command line and in files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a category name as typed by a person: case-insensitive, and the plural and a few
     * everyday words are accepted ("obstacles", "ideas", "targets", "visions").
     */
    public static Category parse(String text) {
        String key = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (key.endsWith("s") && key.length() > 4) {
            key = key.substring(0, key.length() - 1);
        }
        for (Category category : values()) {
            if (category.key().equals(key)) {
                return category;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a category: use vision, obstacle, target or idea.");
    }
}
