package org.commonground.adapter.shell;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.TextFormat;

/** Turns what a convenor typed into values, with a message that says how to fix it when it is wrong. */
final class Arguments {

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,6})\\s*(s|m|min|h|d)");

    private Arguments() {
    }

    static long id(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Say which " + what + ": give its number, like 3.");
        }
        try {
            long id = Long.parseLong(text.strip().replaceFirst("^#", ""));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + text + "' is not a " + what + " number; write it like 3.");
    }

    static List<ChatRef> chats(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Name the chats with --chat, for example --chat local:main.");
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(ChatRef::parse).toList();
    }

    /** A category, or {@code null} for "open". */
    static Category promptCategory(String text) {
        return text == null || text.isBlank() || text.strip().equalsIgnoreCase("open") ? null : Category.parse(text);
    }

    /** text, markdown or html, as typed. */
    static TextFormat format(String text) {
        return switch (text == null ? "text" : text.strip().toLowerCase(Locale.ROOT)) {
            case "text", "plain" -> TextFormat.PLAIN;
            case "markdown", "md" -> TextFormat.MARKDOWN;
            case "html" -> TextFormat.HTML;
            default -> throw new IllegalArgumentException("'" + text + "' is not a format: use text, markdown or html.");
        };
    }

    /** "90s", "30m", "2h", "1d", or ISO-8601 such as "PT30M"; {@code null} when not given. */
    static Duration duration(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT_DURATION.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m", "min" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(t.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; write it like 30m, 2h or 1d.");
        }
    }
}
