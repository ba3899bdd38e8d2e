package org.commonground.adapter.shell;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Small helpers to lay out command output in plain columns. */
final class Text {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private Text() {
    }

    static String when(Instant instant) {
        return instant == null ? "-" : WHEN.format(instant);
    }

    /** The text on one line, shortened to {@code max} characters. */
    static String line(String text, int max) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
