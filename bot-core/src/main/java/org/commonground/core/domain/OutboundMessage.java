package org.commonground.core.domain;

import java.util.Arrays;
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

    /**
     * A picture with a short caption, such as the agenda drawn as a grid. Platforms without pictures
     * pass it over: whatever it shows is also posted as text.
     *
     * @param png     the picture, PNG-encoded
     * @param name    a file name for it, such as {@code agenda.png}
     * @param caption already in the platform's dialect, at most {@link #CAPTION_LIMIT} characters
     */
    record Picture(byte[] png, String name, String caption, TextFormat format) implements OutboundMessage {

        /** The longest caption every platform takes (Telegram's limit for a photo). */
        public static final int CAPTION_LIMIT = 1024;

        public Picture {
            if (png == null || png.length == 0) {
                throw new IllegalArgumentException("A picture needs its bytes.");
            }
            if (caption.length() > CAPTION_LIMIT) {
                throw new IllegalArgumentException("A caption is at most " + CAPTION_LIMIT + " characters.");
            }
            png = png.clone();
        }

        @Override
        public byte[] png() {
            return png.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Picture that && Arrays.equals(png, that.png) && name.equals(that.name)
                    && caption.equals(that.caption) && format == that.format;
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(png) + caption.hashCode();
        }

        @Override
        public String toString() {
            return "Picture[" + name + ", " + png.length + " bytes, " + caption + "]";
        }
    }
}
