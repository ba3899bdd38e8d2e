package org.commonground.adapter.local;

import java.util.ArrayList;
import java.util.List;

/** How a local room shows a message: one line, with buttons as numbered choices on the next. */
public final class LocalTranscript {

    static final String BOT_NAME = "Common Ground";

    private LocalTranscript() {
    }

    public static List<String> lines(String room, LocalMessage message, LocalRoomLookup lookup) {
        String who = message.fromBot() ? BOT_NAME : message.author();
        String reply = message.replyTo() == null ? "" : " ↩ #" + lookup.numberOf(message.replyTo());
        String head = "[" + room + " #" + message.number() + "] " + who + reply + ": ";
        List<String> lines = new ArrayList<>();
        if (message.deleted()) {
            lines.add("[" + room + " #" + message.number() + "] (" + who + " deleted this message)");
            return lines;
        }
        if (message.picture() != null) {
            lines.add(head + "🖼 " + message.picture().name() + " (" + kilobytes(message.picture().png().length)
                    + " KB): " + message.text());
            lines.add(" ".repeat(Math.min(head.length(), 8)) + "save it with: picture --room "
                    + room.substring(room.indexOf(':') + 1) + " --message " + message.number() + " --out "
                    + message.picture().name());
            return lines;
        }
        String[] textLines = message.text().split("\n", -1);
        lines.add(head + textLines[0] + (message.edited() ? " (edited)" : ""));
        String indent = " ".repeat(Math.min(head.length(), 8));
        for (int i = 1; i < textLines.length; i++) {
            lines.add(indent + textLines[i]);
        }
        if (!message.buttons().isEmpty()) {
            StringBuilder choices = new StringBuilder(indent);
            for (int i = 0; i < message.buttons().size(); i++) {
                choices.append('[').append(i + 1).append("] ").append(message.buttons().get(i).label()).append("  ");
            }
            lines.add(choices.toString().stripTrailing());
        }
        return lines;
    }

    /** A size as people read it: whole kilobytes, at least one. */
    static long kilobytes(int bytes) {
        return Math.max(1, Math.round(bytes / 1024.0));
    }

    static String reaction(String room, LocalMessage message, String emoji) {
        return "[" + room + "] " + BOT_NAME + " reacted " + emoji + " to #" + message.number();
    }

    /** Finds the number of a message by its id, for "↩ #12". */
    @FunctionalInterface
    public interface LocalRoomLookup {
        String numberOf(String messageId);
    }
}
