package org.commonground.core.port;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.OutboundMessage.Post;

/**
 * A platform that offers members a short form to write their answer in, opened from under a round's
 * prompt. What they submit comes back as a {@code share}
 * {@link org.commonground.core.event.InboundEvent.CommandIssued} that replies to the prompt.
 */
public interface ShareForms {

    /** Posts a round's prompt like {@link ChatPlatform#post}, with the way to open the form under it. */
    String postPrompt(ChatRef chat, Post post) throws DeliveryException;
}
