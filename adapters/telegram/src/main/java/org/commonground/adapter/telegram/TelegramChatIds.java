package org.commonground.adapter.telegram;

import java.util.regex.Pattern;

import org.commonground.core.port.ChatIdForm;

/** How a Telegram chat is written: {@code telegram:} and the chat's number, negative for groups. */
public final class TelegramChatIds {

    public static final ChatIdForm FORM = new ChatIdForm(Pattern.compile("-?[1-9][0-9]{0,19}"),
            "telegram:-1001234567890", "the group's number; `chats` lists the groups the bot has seen");

    private TelegramChatIds() {
    }
}
