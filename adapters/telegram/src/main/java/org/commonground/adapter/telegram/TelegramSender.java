package org.commonground.adapter.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.function.Consumer;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.OutboundMessage.Edit;
import org.commonground.core.domain.OutboundMessage.Picture;
import org.commonground.core.domain.OutboundMessage.Post;
import org.commonground.core.event.InboundEvent.ChatMoved;
import org.commonground.core.port.DeliveryException;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Delivers the outbox's messages, one call each. A message that would break the flood limits is
 * handed back as rate-limited, so the outbox holds that chat's queue and serves the others. A call
 * that finds the group has become a supergroup reports the move and asks to be tried again.
 */
final class TelegramSender {

    private final TelegramClient client;
    private final SendPacer pacer;
    private final TelegramSettings settings;
    private final Consumer<ChatMoved> moves;

    TelegramSender(TelegramClient client, SendPacer pacer, TelegramSettings settings, Consumer<ChatMoved> moves) {
        this.client = client;
        this.pacer = pacer;
        this.settings = settings;
        this.moves = moves;
    }

    String post(ChatRef chat, Post post) throws DeliveryException {
        long chatId = chatId(chat);
        paced(pacer.message(chatId));
        Message sent = call(chat, TelegramRequests.send(chatId, post));
        return String.valueOf(sent.getMessageId());
    }

    /** A picture as a photo, paced as a message; one Telegram would not take is refused before uploading. */
    String picture(ChatRef chat, Picture picture) throws DeliveryException {
        long chatId = chatId(chat);
        String problem = PhotoLimits.problem(picture.png());
        if (problem != null) {
            throw DeliveryException.permanent(problem);
        }
        paced(pacer.message(chatId));
        Message sent = call(chat, () -> client.execute(TelegramRequests.photo(chatId, picture)));
        return String.valueOf(sent.getMessageId());
    }

    void edit(ChatRef chat, Edit edit) throws DeliveryException {
        paced(pacer.call());
        try {
            call(chat, TelegramRequests.edit(chatId(chat), edit));
        } catch (DeliveryException e) {
            if (!e.getMessage().contains(Refusals.NOT_MODIFIED)) {
                throw e;
            }
        }
    }

    void react(ChatRef chat, String messageId, String emoji) throws DeliveryException {
        paced(pacer.call());
        call(chat, TelegramRequests.react(chatId(chat), messageId, emoji));
    }

    private <T extends Serializable> T call(ChatRef chat, BotApiMethod<T> method) throws DeliveryException {
        return call(chat, () -> client.execute(method));
    }

    /** One Bot API call, the way every call fails: rate limits, moved groups and refusals alike. */
    private <T> T call(ChatRef chat, ApiCall<T> request) throws DeliveryException {
        try {
            return request.run();
        } catch (TelegramApiException e) {
            Long supergroup = Refusals.migratedTo(e);
            if (supergroup != null) {
                moves.accept(new ChatMoved(chat, TelegramUpdateMapper.chat(supergroup)));
                throw DeliveryException.transientFailure("the group became a supergroup; sending there next", null);
            }
            throw Refusals.of(e, settings);
        }
    }

    @FunctionalInterface
    private interface ApiCall<T> {
        T run() throws TelegramApiException;
    }

    private static void paced(Duration wait) throws DeliveryException {
        if (!wait.isZero()) {
            throw DeliveryException.rateLimited(wait);
        }
    }

    static long chatId(ChatRef chat) throws DeliveryException {
        try {
            return Long.parseLong(chat.id());
        } catch (NumberFormatException e) {
            throw DeliveryException.permanent("not a Telegram chat id: " + chat.id());
        }
    }
}
