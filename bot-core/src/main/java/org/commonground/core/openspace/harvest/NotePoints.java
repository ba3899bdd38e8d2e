package org.commonground.core.openspace.harvest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits notes into points the way a host writes them: a line or a bullet each, sentences apart, and
 * "Ideas:", "Obstacles:" or "Actions:" (and a few everyday words for them) marking a point or the
 * lines that follow.
 */
public final class NotePoints {

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-•*–·]|\\d{1,2}[.)])\\s+");
    private static final Pattern MARKER = Pattern.compile(
            "^(ideas?|obstacles?|barriers?|problems?|challenges?|actions?|next steps?|to ?dos?)\\s*[:–-]\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"“'‘])");

    private NotePoints() {
    }

    public static List<NotePoint> of(long sessionId, String notes) {
        List<NotePoint> points = new ArrayList<>();
        Kind section = null;
        for (String raw : notes.split("\n")) {
            String line = BULLET.matcher(raw).replaceFirst("").strip();
            for (String sentence : SENTENCE_END.split(line)) {
                Matcher marker = MARKER.matcher(sentence.strip());
                if (marker.matches() && marker.group(2).isBlank()) {
                    section = kindOf(marker.group(1));
                } else if (marker.matches()) {
                    points.add(new NotePoint(sessionId, marker.group(2).strip(), kindOf(marker.group(1))));
                } else if (!sentence.isBlank()) {
                    points.add(new NotePoint(sessionId, sentence.strip(), section));
                }
            }
        }
        return points;
    }

    private static Kind kindOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("idea")) {
            return Kind.IDEA;
        }
        if (w.startsWith("obstacle") || w.startsWith("barrier") || w.startsWith("problem")
                || w.startsWith("challenge")) {
            return Kind.OBSTACLE;
        }
        return Kind.ACTION;
    }
}
