package org.commonground.bench.telegram;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.commonground.adapter.files.CsvReplyFileReader;
import org.commonground.adapter.files.FileExchangeWriter;
import org.commonground.adapter.jdbc.JdbcCardStore;
import org.commonground.adapter.jdbc.JdbcChatStore;
import org.commonground.adapter.jdbc.JdbcContributionStore;
import org.commonground.adapter.jdbc.JdbcGatheringStore;
import org.commonground.adapter.jdbc.JdbcInboundLog;
import org.commonground.adapter.jdbc.JdbcMemberStore;
import org.commonground.adapter.jdbc.JdbcNoteStore;
import org.commonground.adapter.jdbc.JdbcOpenSpaceStore;
import org.commonground.adapter.jdbc.JdbcOutboxStore;
import org.commonground.adapter.jdbc.JdbcReminderStore;
import org.commonground.adapter.jdbc.JdbcRoundStore;
import org.commonground.adapter.jdbc.JdbcSessionStore;
import org.commonground.adapter.jdbc.JdbcThemeStore;
import org.commonground.adapter.jdbc.JdbcTransactions;
import org.commonground.adapter.telegram.TelegramChatPlatform;
import org.commonground.adapter.telegram.TelegramSettings;
import org.commonground.core.CoreServices;
import org.commonground.core.collate.CueCollator;
import org.commonground.core.domain.Category;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.openspace.OpenSpaceServices;
import org.commonground.core.outbox.Dialects;
import org.commonground.core.outbox.Platforms;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.benmanes.caffeine.cache.Ticker;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The whole intake as the running bot does it: the real client polling the fake, our adapter, the
 * core placing each reply with the collator, and the stores on an H2 file database.
 */
final class StoredRun {

    private StoredRun() {
    }

    /** @return replies stored and classified per second */
    static double run(int replies) throws Exception {
        Path dir = Files.createTempDirectory("telegram-bench");
        try (PreloadedGroup fake = new PreloadedGroup(); HikariDataSource data = new HikariDataSource()) {
            data.setJdbcUrl("jdbc:h2:file:" + dir.resolve("bench"));
            Flyway.configure().dataSource(data).load().migrate();
            JdbcClient jdbc = JdbcClient.create(data);
            JdbcInboundLog log = new JdbcInboundLog(jdbc);
            Clock clock = Clock.systemUTC();
            TelegramChatPlatform telegram = new TelegramChatPlatform(new TelegramSettings(fake.telegram.token(),
                    URI.create(fake.telegram.baseUrl()), Duration.ofSeconds(1)), log, clock);
            CoreServices core = new CoreServices(new CoreServices.Ports(new JdbcGatheringStore(jdbc),
                    new JdbcRoundStore(jdbc, Ticker.systemTicker()), new JdbcContributionStore(jdbc),
                    new JdbcThemeStore(jdbc), new JdbcMemberStore(jdbc, Ticker.systemTicker()),
                    new JdbcChatStore(jdbc, Ticker.systemTicker()), new JdbcOutboxStore(jdbc), log,
                    new JdbcTransactions(new TransactionTemplate(new DataSourceTransactionManager(data))),
                    new CueCollator(), new CsvReplyFileReader(), new FileExchangeWriter(),
                    new Dialects(Map.of(TelegramChatPlatform.PLATFORM, TelegramChatPlatform.DIALECT)), clock,
                    new OpenSpaceServices.Stores(new JdbcOpenSpaceStore(jdbc), new JdbcSessionStore(jdbc),
                            new JdbcCardStore(jdbc), new JdbcNoteStore(jdbc), new JdbcReminderStore(jdbc))),
                    new Platforms(List.of(telegram)));
            long round = core.rounds().open(List.of(new ChatRef("telegram", Long.toString(fake.group.id()))),
                    "What matters to you?", Category.VISION, null).id();
            core.dispatcher().deliverDue();
            fake.replies(fake.group.message(fake.telegram.sent(fake.group).get(0).messageId()), replies);

            long start = System.nanoTime();
            telegram.start(core.inbound());
            try {
                while (jdbc.sql("SELECT COUNT(*) FROM contributions WHERE round_id = :round").param("round", round)
                        .query(Integer.class).single() < replies) {
                    Thread.sleep(20);
                }
                return replies / ((System.nanoTime() - start) / 1e9);
            } finally {
                telegram.stop();
            }
        }
    }
}
