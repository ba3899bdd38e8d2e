package org.commonground.core.domain;

import java.util.List;

/** Something the bot does in a chat. Everything outbound is persisted in the outbox before it is done. */
public sealed interface OutboundMessage {

    /**
     * A new message.
     *
     * @param replyTo the platform id of the message it answers, or {@code null}
     * @param buttons one-tap choices; only sent to platforms that offer buttons
     */
    record Post(String text, TextFormat format, String replyTo, List<Button> buttons) implements OutboundMessage {

        public Post {
            buttons = List.copyOf(buttons);
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("A post needs text.");
            }
        }

        public static Post plain(String text) {
            return new Post(text, TextFormat.PLAIN, null, List.of());
        }
    }

    /** A reaction on a message: the quiet acknowledgement. */
    record React(String messageId, String emoji) implements OutboundMessage {
    }

    /** A new text (and buttons) for a message the bot posted earlier, such as a card whose counts changed. */
    record Edit(String messageId, String text, TextFormat format, List<Button> buttons) implements OutboundMessage {

        public Edit {
            buttons = List.copyOf(buttons);
        }
    }
}
