package org.commonground.bench.telegram;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The client's ceiling: the same long polling with a consumer that only counts what arrives. */
final class CeilingRun {

    private CeilingRun() {
    }

    /** @return replies taken per second */
    static double run(int replies) throws Exception {
        try (PreloadedGroup fake = new PreloadedGroup()) {
            TelegramUrl url = new TelegramUrl("http", fake.telegram.host(), fake.telegram.port(), false);
            Message prompt = new OkHttpTelegramClient(fake.telegram.token(), url)
                    .execute(SendMessage.builder().chatId(fake.group.id()).text("What matters to you?").build());
            fake.replies(fake.group.message(prompt.getMessageId()), replies);
            AtomicInteger taken = new AtomicInteger();
            ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
            long start = System.nanoTime();
            try (TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication(
                    ObjectMapper::new, new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(), () -> executor,
                    ExponentialBackOff::new)) {
                application.registerBot(fake.telegram.token(), () -> url,
                        last -> GetUpdates.builder().offset(last + 1).limit(100).timeout(1)
                                .allowedUpdates(List.of("message", "edited_message", "callback_query")).build(),
                        updates -> taken.addAndGet(updates.size()));
                while (taken.get() < replies) {
                    Thread.sleep(5);
                }
                return replies / ((System.nanoTime() - start) / 1e9);
            } finally {
                executor.shutdownNow();
            }
        }
    }
}
