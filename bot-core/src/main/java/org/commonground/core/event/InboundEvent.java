package org.commonground.core.event;

import java.time.Instant;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;

/**
 * Everything a platform tells the bot, in one shape. Adapters map their platform's objects to these
 * records with pure mappers; the core never sees a platform type.
 */
public sealed interface InboundEvent {

    /** The chat the event happened in; for a direct message, the direct conversation. */
    ChatRef chat();

    /**
     * Someone posted a message the bot can see.
     *
     * @param messageId  the platform's id of the message; with {@code chat}, it identifies the event
     * @param authorName the name the platform shows for the author, kept only if they opt in to credit
     * @param replyTo    the id of the message it replies to, or {@code null}
     * @param direct     whether it was sent to the bot directly rather than in a group
     */
    record MessagePosted(ChatRef chat, String messageId, MemberRef author, String authorName, String text,
                         String replyTo, boolean direct, Instant at) implements InboundEvent {
    }

    /** The author changed the text of an earlier message. */
    record MessageEdited(ChatRef chat, String messageId, MemberRef author, String text, Instant at)
            implements InboundEvent {
    }

    /** A message was deleted (on platforms that say so). */
    record MessageDeleted(ChatRef chat, String messageId) implements InboundEvent {
    }

    /**
     * Someone tapped a button under one of the bot's messages.
     *
     * @param messageId the bot message that carries the button
     * @param data      the button's data
     * @param pressId   the platform's id of this tap (Telegram's callback query id, Discord's
     *                  interaction id), so that a redelivered tap is taken once: a second tap of
     *                  the same button is a new id, and means something (it takes an interest back)
     */
    record ButtonPressed(ChatRef chat, String messageId, MemberRef member, String memberName, String data,
                         Instant at, String pressId) implements InboundEvent {

        public ButtonPressed {
            if (pressId == null || pressId.isBlank()) {
                throw new IllegalArgumentException("A button press needs the platform's id of the tap.");
            }
        }
    }

    /**
     * A member used a command such as {@code /share some text} or {@code /mydata}.
     *
     * @param messageId the id of the message or interaction that carried it, used to take it once
     * @param name      the command without its slash, lower case
     * @param args      the text after the command, possibly empty
     * @param replyTo   the message the command replied to, or {@code null}
     * @param admin     whether the platform says the member may steer this chat (convenor commands)
     */
    record CommandIssued(ChatRef chat, String messageId, MemberRef member, String memberName, String name,
                         String args, String replyTo, boolean direct, boolean admin, Instant at)
            implements InboundEvent {
    }
}
