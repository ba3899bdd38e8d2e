package org.commonground.core.port;

import org.commonground.core.domain.ChatRef;

/** A platform on which the bot can react to a message with an emoji. */
public interface Reactions {

    /** Sets the bot's reaction on a message; reacting twice with the same emoji is harmless. */
    void react(ChatRef chat, String messageId, String emoji) throws DeliveryException;
}
