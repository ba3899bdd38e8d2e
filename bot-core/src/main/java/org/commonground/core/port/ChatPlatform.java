package org.commonground.core.port;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.OutboundMessage.Post;
import org.commonground.core.event.InboundSink;

/**
 * A chat platform the bot takes part in. Optional abilities (reactions, buttons, edits) are the
 * separate interfaces of this package, implemented by the platforms that have them.
 */
public interface ChatPlatform {

    /** The platform's name as written in chat and member references: {@code telegram}, {@code local}. */
    String platform();

    /** How text is written for this platform and how long one message may be. */
    Dialect dialect();

    /**
     * Starts receiving. Events are handed to {@code sink} one at a time, and confirmed to the platform
     * only after {@code sink} returns. Returns once receiving has started.
     */
    void start(InboundSink sink);

    /** Stops receiving and sending; idempotent. */
    void stop();

    /**
     * Posts a text message, as a reply when {@link Post#replyTo()} is set. The text is already in the
     * platform's dialect, escaped, and within its length limit.
     *
     * @return the platform's id of the new message
     * @throws DeliveryException when the platform refuses or cannot be reached; its kind says whether
     *                           and when to try again
     */
    String post(ChatRef chat, Post post) throws DeliveryException;
}
