package org.commonground.adapter.telegram;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.event.InboundEvent;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Pure mapping from Telegram updates to the core's inbound events. Messages from other bots, commands
 * addressed to another bot, and updates the core has no use for map to nothing. Whether a member is
 * a chat administrator is not in an update; {@link ChatAdmins} fills it in for convenor commands.
 */
public final class TelegramUpdateMapper {

    private static final Pattern COMMAND =
            Pattern.compile("/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\\s+(.*))?", Pattern.DOTALL);

    private final String botUsername;
    private final Clock clock;

    /** @param botUsername the bot's username without "@", as getMe gives it */
    public TelegramUpdateMapper(String botUsername, Clock clock) {
        this.botUsername = botUsername;
        this.clock = clock;
    }

    public Optional<InboundEvent> map(Update update) {
        if (update.hasMessage()) {
            return posted(update.getMessage());
        }
        if (update.hasEditedMessage()) {
            return edited(update.getEditedMessage());
        }
        if (update.hasCallbackQuery()) {
            return pressed(update.getCallbackQuery());
        }
        return Optional.empty();
    }

    private Optional<InboundEvent> posted(Message message) {
        ChatRef chat = chat(message.getChatId());
        if (message.getMigrateToChatId() != null) {
            return Optional.of(new InboundEvent.ChatMoved(chat, chat(message.getMigrateToChatId())));
        }
        if (message.getMigrateFromChatId() != null) {
            return Optional.of(new InboundEvent.ChatMoved(chat(message.getMigrateFromChatId()), chat));
        }
        String text = textOf(message);
        if (text == null || !fromPerson(message)) {
            return Optional.empty();
        }
        User from = message.getFrom();
        String id = String.valueOf(message.getMessageId());
        String replyTo = message.getReplyToMessage() == null ? null
                : String.valueOf(message.getReplyToMessage().getMessageId());
        boolean direct = message.isUserMessage();
        Instant at = Instant.ofEpochSecond(message.getDate());
        Matcher command = COMMAND.matcher(text.strip());
        if (!command.matches()) {
            return Optional.of(new InboundEvent.MessagePosted(chat, id, member(from), name(from), text, replyTo, direct,
                    at));
        }
        if (command.group(2) != null && !command.group(2).equalsIgnoreCase(botUsername)) {
            return Optional.empty();
        }
        return Optional.of(new InboundEvent.CommandIssued(chat, id, member(from), name(from),
                command.group(1).toLowerCase(Locale.ROOT), command.group(3) == null ? "" : command.group(3).strip(),
                replyTo, direct, anonymousAdmin(message), at));
    }

    /** An edited command counts by the text after the command, as a shared answer was stored that way. */
    private Optional<InboundEvent> edited(Message message) {
        String text = textOf(message);
        if (text == null || !fromPerson(message)) {
            return Optional.empty();
        }
        Matcher command = COMMAND.matcher(text.strip());
        String answer = command.matches() ? (command.group(3) == null ? "" : command.group(3)) : text;
        Integer date = message.getEditDate() != null ? message.getEditDate() : message.getDate();
        return Optional.of(new InboundEvent.MessageEdited(chat(message.getChatId()),
                String.valueOf(message.getMessageId()), member(message.getFrom()), answer, Instant.ofEpochSecond(date)));
    }

    private Optional<InboundEvent> pressed(CallbackQuery query) {
        MaybeInaccessibleMessage message = query.getMessage();
        if (message == null || query.getData() == null || query.getFrom() == null) {
            return Optional.empty();
        }
        return Optional.of(new InboundEvent.ButtonPressed(chat(message.getChatId()),
                String.valueOf(message.getMessageId()), member(query.getFrom()), name(query.getFrom()), query.getData(),
                clock.instant(), query.getId()));
    }

    private static String textOf(Message message) {
        return message.getText() != null ? message.getText() : message.getCaption();
    }

    /** People, and a group's anonymous administrators, who post as the group itself. */
    private static boolean fromPerson(Message message) {
        User from = message.getFrom();
        return from != null && (!Boolean.TRUE.equals(from.getIsBot()) || anonymousAdmin(message));
    }

    private static boolean anonymousAdmin(Message message) {
        return message.getSenderChat() != null && message.getSenderChat().getId().equals(message.getChatId());
    }

    static ChatRef chat(long chatId) {
        return new ChatRef(TelegramChatPlatform.PLATFORM, Long.toString(chatId));
    }

    private static MemberRef member(User user) {
        return new MemberRef(TelegramChatPlatform.PLATFORM, Long.toString(user.getId()));
    }

    private static String name(User user) {
        String last = user.getLastName();
        return last == null || last.isBlank() ? user.getFirstName() : user.getFirstName() + " " + last;
    }
}
