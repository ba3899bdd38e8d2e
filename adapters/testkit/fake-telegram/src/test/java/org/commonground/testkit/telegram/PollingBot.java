package org.commonground.testkit.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * A bot on the real long-polling client, registered the way the adapter registers: a URL supplier,
 * its own getUpdates generator and a consumer that takes whole batches synchronously. It keeps
 * what it receives; a consumer that throws stops polling for good, which is how it simulates a crash.
 */
final class PollingBot implements AutoCloseable {

    static final List<String> ALLOWED =
            List.of("message", "edited_message", "callback_query", "message_reaction");

    private final List<Update> received = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final TelegramBotsLongPollingApplication application;

    PollingBot(FakeTelegram telegram, Predicate<Update> crashesOn) throws TelegramApiException {
        application = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(), () -> executor, QuickBackOff::new);
        TelegramUrl url = new TelegramUrl("http", telegram.host(), telegram.port(), false);
        application.registerBot(telegram.token(), () -> url,
                last -> GetUpdates.builder().offset(last + 1).limit(100).timeout(1).allowedUpdates(ALLOWED).build(),
                updates -> updates.forEach(update -> {
                    received.add(update);
                    if (crashesOn.test(update)) {
                        throw new IllegalStateException("the bot crashed on update " + update.getUpdateId());
                    }
                }));
    }

    static PollingBot start(FakeTelegram telegram) throws TelegramApiException {
        return new PollingBot(telegram, update -> false);
    }

    List<Update> received() {
        return List.copyOf(received);
    }

    List<String> texts() {
        return received.stream().filter(Update::hasMessage).map(update -> update.getMessage().getText())
                .collect(Collectors.toList());
    }

    @Override
    public void close() throws Exception {
        application.close();
        executor.shutdownNow();
    }

    /** Retries a refused getUpdates soon, so conflicts show up quickly. */
    private static final class QuickBackOff implements BackOff {

        @Override
        public void reset() {
        }

        @Override
        public long nextBackOffMillis() {
            return 50;
        }
    }
}
