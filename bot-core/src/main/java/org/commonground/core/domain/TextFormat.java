package org.commonground.core.domain;

/** How a message's text is to be read by the platform. */
public enum TextFormat {
    /** Shown exactly as written. */
    PLAIN,
    /** Discord's Markdown dialect. */
    MARKDOWN,
    /** Telegram's HTML subset. */
    HTML
}
