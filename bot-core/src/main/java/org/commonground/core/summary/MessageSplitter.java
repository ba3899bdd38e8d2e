package org.commonground.core.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs lines into as few messages as fit a length limit, breaking only between lines. A line longer
 * than the limit is broken at a space, and never inside an HTML tag or entity.
 */
public final class MessageSplitter {

    private MessageSplitter() {
    }

    public static List<String> split(List<String> lines, int limit) {
        List<String> messages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            for (String piece : pieces(line, limit)) {
                int needed = current.length() == 0 ? piece.length() : current.length() + 1 + piece.length();
                if (needed > limit) {
                    flush(current, messages);
                }
                if (current.length() > 0) {
                    current.append('\n');
                }
                current.append(piece);
            }
        }
        flush(current, messages);
        return messages;
    }

    private static void flush(StringBuilder current, List<String> messages) {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            messages.add(text);
        }
        current.setLength(0);
    }

    private static List<String> pieces(String line, int limit) {
        List<String> pieces = new ArrayList<>();
        String rest = line;
        while (rest.length() > limit) {
            int cut = safeCut(rest, limit);
            pieces.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        pieces.add(rest);
        return pieces;
    }

    private static int safeCut(String text, int limit) {
        int cut = text.lastIndexOf(' ', limit);
        if (cut < limit / 2) {
            cut = limit;
        }
        int tag = text.lastIndexOf('<', cut - 1);
        if (tag >= 0 && text.lastIndexOf('>', cut - 1) < tag && tag > 0) {
            cut = tag;
        }
        int entity = text.lastIndexOf('&', cut - 1);
        if (entity >= 0 && text.lastIndexOf(';', cut - 1) < entity && cut - entity < 10 && entity > 0) {
            cut = entity;
        }
        if (Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        return cut;
    }
}
