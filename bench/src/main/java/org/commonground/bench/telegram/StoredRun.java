package org.commonground.bench.telegram;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.commonground.adapter.telegram.TelegramChatPlatform;
import org.commonground.adapter.telegram.TelegramSettings;
import org.commonground.bench.discord.StoredCore;
import org.commonground.core.CoreServices;
import org.commonground.core.domain.Category;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.port.InboundLog;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole intake as the running bot does it: the real client polling the fake, our adapter, the
 * core placing each reply with the application's collator, and the stores on an H2 file database.
 */
final class StoredRun {

    private StoredRun() {
    }

    /** @return replies stored and classified per second */
    static double run(int replies) throws Exception {
        Path dir = Files.createTempDirectory("telegram-bench");
        try (PreloadedGroup fake = new PreloadedGroup(); StoredCore stores = new StoredCore(dir)) {
            Clock clock = Clock.systemUTC();
            TelegramChatPlatform telegram = new TelegramChatPlatform(new TelegramSettings(fake.telegram.token(),
                    URI.create(fake.telegram.baseUrl()), Duration.ofSeconds(1)), stores.store(InboundLog.class), clock);
            CoreServices core = stores.core(telegram, clock);
            long round = core.rounds().open(List.of(new ChatRef("telegram", Long.toString(fake.group.id()))),
                    "What matters to you?", Category.VISION, null).id();
            core.dispatcher().deliverDue();
            fake.replies(fake.group.message(fake.telegram.sent(fake.group).get(0).messageId()), replies);
            JdbcClient jdbc = stores.store(JdbcClient.class);

            long start = System.nanoTime();
            telegram.start(core.inbound());
            try {
                while (jdbc.sql("SELECT COUNT(*) FROM contributions WHERE round_id = :round").param("round", round)
                        .query(Integer.class).single() < replies) {
                    Thread.sleep(50);
                }
                return replies / ((System.nanoTime() - start) / 1e9);
            } finally {
                telegram.stop();
            }
        }
    }
}
