package org.commonground.testkit.discord;

/** A reaction the bot has on a message; custom emojis are written name:id. */
public record Reaction(long channelId, long messageId, String emoji) {
}
