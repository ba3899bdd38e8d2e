package org.commonground.core.event;

/**
 * What the core asks the adapter to say to the person behind an event, at once: a button press's
 * toast, an ephemeral reply, a direct message. Everything said to a whole chat goes through the outbox.
 *
 * @param note     the text for that person, or {@code null} for nothing
 * @param personal whether the note holds the person's own data, so that it must reach only them
 *                 (a direct or ephemeral message), never the group
 */
public record InboundResult(String note, boolean personal) {

    public static final InboundResult NOTHING = new InboundResult(null, false);

    /** A note that may be shown where the event happened, such as help or a gentle refusal. */
    public static InboundResult note(String text) {
        return new InboundResult(text, false);
    }

    /** A note for the person alone. */
    public static InboundResult personal(String text) {
        return new InboundResult(text, true);
    }

    public boolean hasNote() {
        return note != null;
    }
}
