package org.commonground.core.exchange;

import java.util.Locale;

/** The formats a round can be exported in. */
public enum ExportFormat {
    /** The columns of a Polis {@code comments.csv}, so existing Polis tooling reads it. */
    CSV,
    JSON,
    MARKDOWN;

    public static ExportFormat parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not an export format: use csv, json or markdown.");
        }
    }
}
