package org.commonground.testkit.telegram;

import java.util.List;

/**
 * A message the bot sent, as it stands now: its plain text after parsing and the text as the bot
 * wrote it ({@code markup}, with its {@code parseMode}), the message it replied to, its inline
 * keyboard, the texts it had before each edit, and whether it has since been deleted. For a photo,
 * {@code photo} holds the picture and the text is its caption (empty when it has none); it is null
 * for every other message.
 */
public record SentMessage(long chatId, int messageId, String text, String markup, String parseMode,
                          Integer replyToMessageId, List<List<Button>> keyboard, List<String> earlierTexts,
                          boolean deleted, SentPhoto photo) {

    public MessageRef ref() {
        return new MessageRef(chatId, messageId);
    }
}
