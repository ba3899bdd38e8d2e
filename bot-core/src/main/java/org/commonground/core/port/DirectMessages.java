package org.commonground.core.port;

import java.util.Optional;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;

/**
 * A platform on which the bot can write to one member outside the group, for reminders that
 * member asked for. What is sent there goes through the outbox like anything else.
 */
public interface DirectMessages {

    /**
     * The chat of the bot's direct conversation with the member, opened if the platform needs that
     * (a Discord DM channel). Empty when the platform will not let the bot write to this person first,
     * so that nothing is queued in vain; a platform that only finds out on sending (Telegram, until the
     * person has started a chat with the bot) returns the chat, and the outbox keeps its refusal.
     *
     * @param member a member of this platform
     * @throws DeliveryException when the platform could not be asked; {@code TRANSIENT} and
     *                           {@code RATE_LIMITED} mean that asking again later may work
     */
    Optional<ChatRef> directChat(MemberRef member) throws DeliveryException;

    /**
     * Whether a person must write to the bot once before it may write to them (Telegram's rule), so
     * that someone asking in a group for direct messages can be told to do that first.
     */
    default boolean memberWritesFirst() {
        return false;
    }
}
