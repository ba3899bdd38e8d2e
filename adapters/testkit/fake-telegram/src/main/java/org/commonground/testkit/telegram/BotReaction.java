package org.commonground.testkit.telegram;

import java.util.List;

/** A setMessageReaction call: the emoji the bot set on a message, none when it took its reaction back. */
public record BotReaction(long chatId, int messageId, List<String> emoji, boolean big) {
}
