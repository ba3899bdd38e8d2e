package org.commonground.core.port;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.OutboundMessage.Picture;

/**
 * A platform that posts pictures, such as the open-space agenda drawn as a grid. A platform without
 * this capability still gets the same content as text; the outbox passes its pictures over.
 */
public interface Images {

    /**
     * Posts the picture with its caption (already in the platform's dialect, within its caption limit),
     * as a photo or as a file, whichever keeps it readable.
     *
     * @return the platform's id of the new message
     * @throws DeliveryException as for {@link ChatPlatform#post}; too large a picture is {@code PERMANENT}
     */
    String postPicture(ChatRef chat, Picture picture) throws DeliveryException;
}
