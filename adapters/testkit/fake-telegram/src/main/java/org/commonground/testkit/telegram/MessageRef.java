package org.commonground.testkit.telegram;

/** Points at one message: its chat and its message_id there. */
public record MessageRef(long chatId, int messageId) {
}
