package org.commonground.adapter.telegram;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.OkHttpClient;

/**
 * The running long poll: the TelegramBots application on a polling thread of our own, our getUpdates
 * generator and our synchronous consumer. Closing stops taking updates, cuts the waiting poll short
 * and lets an update being stored finish, so nothing half-done is confirmed.
 */
final class PollingSession implements AutoCloseable {

    private final UpdateIntake intake;
    private final Notes notes;
    private final OkHttpClient http;
    private final ScheduledExecutorService executor;
    private final TelegramBotsLongPollingApplication application;

    PollingSession(TelegramSettings settings, OkHttpClient http, UpdateIntake intake, Notes notes)
            throws TelegramApiException {
        this.intake = intake;
        this.notes = notes;
        this.http = http;
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "telegram-updates");
            thread.setDaemon(true);
            return thread;
        });
        this.application = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http, () -> executor,
                ExponentialBackOff::new);
        try {
            application.registerBot(settings.token(), settings::telegramUrl, intake::nextPoll, intake);
        } catch (TelegramApiException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        intake.stop();
        try {
            application.close();
        } catch (Exception e) {
            // closing the consumer is all it does beyond cancelling; ours holds nothing
        }
        notes.close();
        http.dispatcher().cancelAll();
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
