package org.commonground.adapter.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.commonground.core.collate.Features;
import org.commonground.core.collate.Placement;
import org.commonground.core.domain.Category;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Round;
import org.commonground.core.port.Transactions;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.benmanes.caffeine.cache.Ticker;

/**
 * A fresh in-memory H2 database with the migrations applied, the stores on it, and a ticker the
 * test moves by hand, so that cache expiry is tested without waiting.
 */
final class TestDatabase implements AutoCloseable {

    static {
        // As the application does on start-up: H2 reads the bind address once per JVM, and the
        // mixed-mode test runs in this JVM too.
        H2Loopback.bind();
    }

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456789Z");

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final AtomicLong nanos = new AtomicLong();
    final Ticker ticker = nanos::get;
    final DataSource dataSource = dataSource();
    final JdbcClient jdbc = JdbcClient.create(dataSource);
    final Transactions transactions = new JdbcTransactions(
            new TransactionTemplate(new DataSourceTransactionManager(dataSource)));

    TestDatabase() {
        Flyway.configure().dataSource(dataSource).load().migrate();
    }

    /** A data source of its own on the same database: what another process writes through. */
    DataSource dataSource() {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        return source;
    }

    /** Moves the caches' clock past the freshness of their entries. */
    void letCachesExpire() {
        nanos.addAndGet(LookupCache.FRESH_FOR.plus(Duration.ofMillis(1)).toNanos());
    }

    JdbcGatheringStore gatherings() {
        return new JdbcGatheringStore(jdbc);
    }

    JdbcRoundStore rounds() {
        return new JdbcRoundStore(jdbc, ticker);
    }

    JdbcContributionStore contributions() {
        return new JdbcContributionStore(jdbc);
    }

    JdbcThemeStore themes() {
        return new JdbcThemeStore(jdbc);
    }

    JdbcMemberStore members() {
        return new JdbcMemberStore(jdbc, ticker);
    }

    JdbcChatStore chats() {
        return new JdbcChatStore(jdbc, ticker);
    }

    JdbcOutboxStore outbox() {
        return new JdbcOutboxStore(jdbc);
    }

    JdbcCollationMemory collationMemory() {
        return new JdbcCollationMemory(jdbc, ticker);
    }

    JdbcInboundLog inboundLog() {
        return new JdbcInboundLog(jdbc);
    }

    JdbcOpenSpaceStore openSpaces() {
        return new JdbcOpenSpaceStore(jdbc);
    }

    JdbcSessionStore sessions() {
        return new JdbcSessionStore(jdbc);
    }

    JdbcCardStore cards() {
        return new JdbcCardStore(jdbc);
    }

    JdbcNoteStore notes() {
        return new JdbcNoteStore(jdbc);
    }

    JdbcReminderStore reminders() {
        return new JdbcReminderStore(jdbc);
    }

    /** An open round in these chats, with no closing time. */
    Round openRound(String... chats) {
        List<ChatRef> refs = List.of(chats).stream().map(ChatRef::parse).toList();
        long gathering = gatherings().findOrCreate(refs, String.join(" + ", chats)).id();
        return rounds().create(gathering, refs, "What is in our way?", Category.OBSTACLE, T0, null);
    }

    static Placement placement(Category category, double confidence, float... vector) {
        return new Placement(category, confidence, new Features("test-model/1", vector));
    }

    int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }

    @Override
    public void close() {
        JdbcClient.create(dataSource).sql("SHUTDOWN").update();
    }
}
