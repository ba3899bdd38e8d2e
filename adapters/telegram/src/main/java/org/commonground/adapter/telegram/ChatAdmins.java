package org.commonground.adapter.telegram;

import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.commonground.core.event.InboundEvent;
import org.commonground.core.event.InboundEvent.CommandIssued;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Tells convenor commands from a group's administrators apart, by asking Telegram (getChatMember)
 * for those commands only. A question Telegram cannot answer counts as "not an administrator".
 */
final class ChatAdmins {

    private static final Logger LOG = Logger.getLogger(ChatAdmins.class.getName());
    private static final Set<String> CONVENOR_COMMANDS = Set.of("ask", "summary");
    private static final Set<String> ADMIN_STATUSES = Set.of("creator", "administrator");

    private final TelegramClient client;

    ChatAdmins(TelegramClient client) {
        this.client = client;
    }

    /** The event, with {@code admin} set when it is a convenor command from one of the group's administrators. */
    InboundEvent resolve(InboundEvent event) {
        if (!(event instanceof CommandIssued)) {
            return event;
        }
        CommandIssued command = (CommandIssued) event;
        if (command.admin() || command.direct() || !CONVENOR_COMMANDS.contains(command.name())) {
            return command;
        }
        boolean admin = isAdmin(command.chat().id(), command.member().id());
        return new CommandIssued(command.chat(), command.messageId(), command.member(), command.memberName(),
                command.name(), command.args(), command.replyTo(), command.direct(), admin, command.at());
    }

    private boolean isAdmin(String chatId, String userId) {
        try {
            String status = client.execute(GetChatMember.builder().chatId(chatId).userId(Long.parseLong(userId)).build())
                    .getStatus();
            return ADMIN_STATUSES.contains(status);
        } catch (TelegramApiException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check whether {0} administers {1}: {2}",
                    new Object[] {userId, chatId, e.getMessage()});
            return false;
        }
    }
}
