package org.commonground.core.port;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.OutboundMessage.Post;

/**
 * A platform that shows one-tap buttons under a message and reports presses as
 * {@link org.commonground.core.event.InboundEvent.ButtonPressed}.
 */
public interface Buttons {

    /** Posts like {@link ChatPlatform#post} with the post's buttons under the text. */
    String postWithButtons(ChatRef chat, Post post) throws DeliveryException;
}
