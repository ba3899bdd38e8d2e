package org.commonground.adapter.discord;

import java.util.regex.Pattern;

import org.commonground.core.port.ChatIdForm;

/** How a Discord chat is written: {@code discord:} and the channel's snowflake. */
public final class DiscordChatIds {

    public static final ChatIdForm FORM = new ChatIdForm(Pattern.compile("[1-9][0-9]{0,19}"),
            "discord:112233445566778899",
            "the channel's id: with Developer Mode on, right-click the channel and choose Copy Channel ID");

    private DiscordChatIds() {
    }
}
