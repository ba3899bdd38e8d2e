package org.commonground.adapter.telegram;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;

import org.commonground.core.event.InboundResult;
import org.commonground.core.intake.ReplyText;
import org.commonground.core.summary.MessageSplitter;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Says what the core has for the person behind an update, on a thread of its own so that polling
 * never waits for it: a tap's answer as a toast, a reply to a command or a direct message, and a
 * note that holds the person's own data in their private chat only. Notes are courtesy, not
 * records: one that Telegram keeps refusing is logged and dropped.
 */
final class Notes implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Notes.class.getName());
    private static final int TOAST_LENGTH = 200;
    private static final int ATTEMPTS = 3;

    private final TelegramClient client;
    private final SendPacer pacer;
    private final String botUsername;
    private final ThreadPoolExecutor executor;

    Notes(TelegramClient client, SendPacer pacer, String botUsername) {
        this.client = client;
        this.pacer = pacer;
        this.botUsername = botUsername;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(10_000),
                task -> {
                    Thread thread = new Thread(task, "telegram-notes");
                    thread.setDaemon(true);
                    return thread;
                }, (task, pool) -> LOG.warning("Too many notes waiting; one was dropped"));
    }

    void say(Update update, InboundResult result) {
        if (update.hasCallbackQuery() || result.hasNote()) {
            executor.execute(() -> deliver(update, result));
        }
    }

    private void deliver(Update update, InboundResult result) {
        try {
            if (update.hasCallbackQuery()) {
                String text = result.hasNote() ? ReplyText.oneLine(result.note(), TOAST_LENGTH) : null;
                awaitSlot(pacer::call);
                client.execute(AnswerCallbackQuery.builder().callbackQueryId(update.getCallbackQuery().getId())
                        .text(text).build());
            } else if (update.hasMessage()) {
                reply(update.getMessage(), result);
            }
        } catch (TelegramApiException e) {
            LOG.warning(() -> "A note for update " + update.getUpdateId() + " was not delivered: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void reply(Message message, InboundResult result) throws TelegramApiException, InterruptedException {
        if (!result.personal() || message.isUserMessage()) {
            send(message.getChatId(), result.note(), message.getMessageId());
            return;
        }
        try {
            send(message.getFrom().getId(), result.note(), null);
        } catch (TelegramApiException e) {
            if (Refusals.code(e) != 403) {
                throw e;
            }
            send(message.getChatId(), "I can only send that to you privately. Open a chat with @" + botUsername
                    + ", press Start, and send the command there.", message.getMessageId());
        }
    }

    private void send(long chatId, String note, Integer replyTo) throws TelegramApiException, InterruptedException {
        List<String> parts = MessageSplitter.split(Arrays.asList(note.split("\n", -1)), TelegramChatPlatform.MAX_LENGTH);
        for (int i = 0; i < parts.size(); i++) {
            sendPart(chatId, parts.get(i), i == 0 ? replyTo : null);
        }
    }

    private void sendPart(long chatId, String text, Integer replyTo) throws TelegramApiException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            awaitSlot(() -> pacer.message(chatId));
            try {
                client.execute(TelegramRequests.note(chatId, text, replyTo));
                return;
            } catch (TelegramApiException e) {
                if (Refusals.code(e) != 429 || attempt == ATTEMPTS) {
                    throw e;
                }
                Thread.sleep(Refusals.retryAfter(e).toMillis());
            }
        }
    }

    private static void awaitSlot(Supplier<Duration> slot) throws InterruptedException {
        for (Duration wait = slot.get(); !wait.isZero(); wait = slot.get()) {
            Thread.sleep(wait.toMillis());
        }
    }

    /** Lets the notes already queued go out for a moment, then stops. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(3, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
