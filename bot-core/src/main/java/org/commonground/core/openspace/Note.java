package org.commonground.core.openspace;

import java.time.Instant;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;

/**
 * Notes a host posted about their session, as stored.
 *
 * @param messageId the platform id of the message that carried them; with {@code chat} it is unique
 */
public record Note(long id, long sessionId, ChatRef chat, String messageId, MemberRef author, String text,
                   Instant createdAt) {
}
