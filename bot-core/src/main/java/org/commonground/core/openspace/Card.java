package org.commonground.core.openspace;

import org.commonground.core.domain.ChatRef;

/**
 * A session's card in one chat.
 *
 * @param postId       the outbox message that posts it
 * @param shownVersion the session version its text shows, once delivered
 * @param editId       the outbox message of the last edit queued for it, or 0 for none
 */
public record Card(long sessionId, ChatRef chat, long postId, long shownVersion, long editId) {
}
