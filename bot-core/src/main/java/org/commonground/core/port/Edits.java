package org.commonground.core.port;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.OutboundMessage.Edit;

/** A platform on which the bot can change the text and buttons of a message it posted. */
public interface Edits {

    /** Replaces the text (and buttons) of the bot's message; an unchanged text is not an error. */
    void edit(ChatRef chat, Edit edit) throws DeliveryException;
}
