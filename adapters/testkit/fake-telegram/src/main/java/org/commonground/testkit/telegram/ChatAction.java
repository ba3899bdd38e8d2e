package org.commonground.testkit.telegram;

/** A sendChatAction call, such as "typing". */
public record ChatAction(long chatId, String action) {
}
