package org.commonground.adapter.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllChatAdministrators;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The command menus Telegram shows when someone types "/": the member commands for everyone, and
 * the convenor commands besides for groups' administrators. A menu that cannot be set only costs
 * the hint; the commands work all the same.
 */
final class CommandMenus {

    private static final Logger LOG = Logger.getLogger(CommandMenus.class.getName());

    static final List<BotCommand> MEMBERS = List.of(
            new BotCommand("share", "Share your answer to the open question"),
            new BotCommand("credit", "on or off: be named in summaries, or stay anonymous"),
            new BotCommand("mydata", "See everything I hold about you"),
            new BotCommand("forgetme", "Delete everything I hold about you"),
            new BotCommand("help", "What I do and how to answer"),
            new BotCommand("start", "Say hello"));
    static final List<BotCommand> CONVENORS = List.of(
            new BotCommand("ask", "Ask this group a question: /ask obstacle What is in our way?"),
            new BotCommand("summary", "Post the summary of this group's latest question"));

    private CommandMenus() {
    }

    static void set(TelegramClient client) {
        List<BotCommand> admins = new ArrayList<>(MEMBERS);
        admins.addAll(CONVENORS);
        try {
            client.execute(SetMyCommands.builder().commands(MEMBERS).scope(new BotCommandScopeDefault()).build());
            client.execute(SetMyCommands.builder().commands(admins)
                    .scope(new BotCommandScopeAllChatAdministrators()).build());
        } catch (TelegramApiException e) {
            LOG.warning(() -> "Could not set the command menu: " + e.getMessage());
        }
    }
}
