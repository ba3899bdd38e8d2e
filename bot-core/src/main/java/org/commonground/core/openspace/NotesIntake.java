package org.commonground.core.openspace;

import org.commonground.core.event.InboundEvent.MessageDeleted;
import org.commonground.core.event.InboundEvent.MessageEdited;
import org.commonground.core.intake.ReplyIntake;
import org.commonground.core.intake.ReplyText;
import org.commonground.core.outbox.Outbox;
import org.commonground.core.port.MemberStore;

/**
 * Takes hosts' notes during the harvest, by a reply to their session's card or by {@code /notes}.
 * Edits change the stored notes and deletions remove them, as for answers to a round.
 */
final class NotesIntake {

    private final NoteStore notes;
    private final SessionStore sessions;
    private final MemberStore members;
    private final Outbox outbox;

    NotesIntake(NoteStore notes, SessionStore sessions, MemberStore members, Outbox outbox) {
        this.notes = notes;
        this.sessions = sessions;
        this.members = members;
        this.outbox = outbox;
    }

    /** Whether the notes were taken, and what to tell their author. */
    record Taken(boolean taken, String note) {

        static Taken refused(String note) {
            return new Taken(false, note);
        }
    }

    /**
     * Stores the notes once per message, if the open space is in its harvest and the author hosts the
     * session; a reply is acknowledged with a quiet reaction, a command with the note.
     */
    Taken take(OpenSpace openSpace, Session session, Proposals.Actor actor, String messageId, String text,
               boolean react) {
        if (!openSpace.is(Phase.HARVEST)) {
            return Taken.refused("Notes open with the harvest, after the sessions — I'll say when. Thank you!");
        }
        if (!sessions.turnout(session.id()).hosts(session).contains(actor.member())) {
            return Taken.refused("Notes for session " + session.number() + " come from its hosts. Tap “I'll co-host” "
                    + "on its card to become one.");
        }
        String cleaned = ReplyText.clean(text);
        if (cleaned.isEmpty()) {
            return Taken.refused("Write your notes after the session number, for example: /notes "
                    + session.number() + " we agreed to meet every month");
        }
        members.seen(actor.member(), actor.name(), actor.chat(), actor.at());
        notes.add(session.id(), actor.chat(), messageId, actor.member(), cleaned, actor.at())
                .filter(stored -> react)
                .ifPresent(stored -> outbox.react(actor.chat(), messageId, ReplyIntake.ACKNOWLEDGEMENT));
        return new Taken(true, "Thank you — your notes on session " + session.number() + " are in.");
    }

    void edited(MessageEdited event) {
        notes.findByMessage(event.chat(), event.messageId())
                .filter(note -> note.author().equals(event.author()))
                .ifPresent(note -> {
                    String cleaned = ReplyText.clean(event.text());
                    if (cleaned.isEmpty()) {
                        notes.delete(note.id());
                    } else {
                        notes.updateText(note.id(), cleaned);
                    }
                });
    }

    void deleted(MessageDeleted event) {
        notes.findByMessage(event.chat(), event.messageId()).ifPresent(note -> notes.delete(note.id()));
    }
}
