package org.commonground.bench.discord;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.commonground.adapter.embeddings.LuceneTermAnalyzer;
import org.commonground.adapter.embeddings.MiniLmSentenceEncoder;
import org.commonground.adapter.files.CsvReplyFileReader;
import org.commonground.adapter.files.FileExchangeWriter;
import org.commonground.adapter.jdbc.JdbcStoresConfiguration;
import org.commonground.core.CoreServices;
import org.commonground.core.collate.EmbeddingCollator;
import org.commonground.core.collate.EncoderWithFallback;
import org.commonground.core.collate.LexicalEncoder;
import org.commonground.core.openspace.OpenSpaceServices;
import org.commonground.core.outbox.Dialects;
import org.commonground.core.outbox.Platforms;
import org.commonground.core.port.ChatPlatform;
import org.commonground.core.port.ChatStore;
import org.commonground.core.port.CollationMemory;
import org.commonground.core.port.ContributionStore;
import org.commonground.core.port.GatheringStore;
import org.commonground.core.port.InboundLog;
import org.commonground.core.port.MemberStore;
import org.commonground.core.port.OutboxStore;
import org.commonground.core.port.RoundStore;
import org.commonground.core.port.ThemeStore;
import org.commonground.core.port.Transactions;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The application's stores on an H2 file, migrated by Flyway and built by the stores' own Spring
 * configuration, under the real core: what a running bot stores an event with.
 */
public final class StoredCore implements AutoCloseable {

    private final HikariDataSource dataSource = new HikariDataSource();
    private final AnnotationConfigApplicationContext stores = new AnnotationConfigApplicationContext();

    public StoredCore(Path directory) {
        dataSource.setJdbcUrl("jdbc:h2:file:" + directory.resolve("bench").toAbsolutePath());
        dataSource.setUsername("sa");
        Flyway.configure().dataSource(dataSource).load().migrate();
        stores.registerBean(JdbcClient.class, () -> JdbcClient.create(dataSource));
        stores.registerBean(PlatformTransactionManager.class, () -> new JdbcTransactionManager(dataSource));
        stores.register(JdbcStoresConfiguration.class);
        stores.refresh();
    }

    public <T> T store(Class<T> type) {
        return stores.getBean(type);
    }

    public CoreServices core(ChatPlatform platform, Clock clock) {
        CoreServices.Ports ports = new CoreServices.Ports(store(GatheringStore.class), store(RoundStore.class),
                store(ContributionStore.class), store(ThemeStore.class), store(MemberStore.class),
                store(ChatStore.class), store(OutboxStore.class), store(InboundLog.class), store(Transactions.class),
                collator(), store(CollationMemory.class), new CsvReplyFileReader(), new FileExchangeWriter(),
                new Dialects(Map.of(platform.platform(), platform.dialect())), clock,
                store(OpenSpaceServices.Stores.class));
        return new CoreServices(ports, new Platforms(List.of(platform)));
    }

    /** The application's collator: the sentence model, with the lexical fallback should it not load. */
    private EmbeddingCollator collator() {
        EncoderWithFallback encoder = new EncoderWithFallback(
                () -> MiniLmSentenceEncoder.load(Path.of("data", "natives")), new LexicalEncoder());
        return new EmbeddingCollator(encoder, new LuceneTermAnalyzer(), store(CollationMemory.class));
    }

    @Override
    public void close() {
        stores.close();
        dataSource.close();
    }
}
