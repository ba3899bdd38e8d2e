package org.commonground.testkit.telegram;

/** One entry of the bot's command menu, as setMyCommands stored it. */
public record BotCommand(String command, String description) {
}
