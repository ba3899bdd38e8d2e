package org.commonground.core.openspace.agenda;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** Breaks text into lines that fit, by words, with an ellipsis where it had to be cut. */
final class TextWrap {

    private static final String ELLIPSIS = "…";

    private TextWrap() {
    }

    /** At most {@code maxLines} lines that each fit; the last one shortened if the text goes on. */
    static List<String> lines(String text, int maxLines, Predicate<String> fits) {
        List<String> lines = new ArrayList<>();
        String current = "";
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String candidate = current.isEmpty() ? words[i] : current + " " + words[i];
            if (fits.test(candidate) || current.isEmpty()) {
                current = candidate;
                continue;
            }
            if (lines.size() == maxLines - 1) {
                String rest = String.join(" ", Arrays.copyOfRange(words, i, words.length));
                lines.add(shorten(current + " " + rest, fits));
                return lines;
            }
            lines.add(shorten(current, fits));
            current = words[i];
        }
        if (!current.isEmpty()) {
            lines.add(shorten(current, fits));
        }
        return lines;
    }

    /** The text, or as much of it as fits followed by an ellipsis. */
    static String shorten(String text, Predicate<String> fits) {
        if (fits.test(text)) {
            return text;
        }
        int end = text.length();
        while (end > 0 && !fits.test(text.substring(0, end).stripTrailing() + ELLIPSIS)) {
            end--;
            if (end > 0 && Character.isLowSurrogate(text.charAt(end))) {
                end--;
            }
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
