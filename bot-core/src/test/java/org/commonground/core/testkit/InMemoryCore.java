package org.commonground.core.testkit;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.commonground.core.CoreServices;
import org.commonground.core.collate.Collation;
import org.commonground.core.collate.EmbeddingCollator;
import org.commonground.core.collate.LexicalEncoder;
import org.commonground.core.collate.SimpleTermAnalyzer;
import org.commonground.core.exchange.ExchangeWriter;
import org.commonground.core.exchange.ExportFormat;
import org.commonground.core.exchange.ReplyFileReader;
import org.commonground.core.exchange.ReplyRow;
import org.commonground.core.exchange.RoundExport;
import org.commonground.core.openspace.OpenSpaceServices;
import org.commonground.core.outbox.Dialects;
import org.commonground.core.outbox.Platforms;
import org.commonground.core.port.ChatPlatform;
import org.commonground.core.port.Dialect;
import org.commonground.core.port.Transactions;

/**
 * The real core on in-memory stores, with a clock a test moves and platform doubles: the same graph
 * the application builds, minus the database.
 */
public final class InMemoryCore {

    public final InMemoryRoundStore rounds = new InMemoryRoundStore();
    public final InMemoryGatheringStore gatherings = new InMemoryGatheringStore();
    public final InMemoryContributionStore contributions = new InMemoryContributionStore();
    public final InMemoryThemeStore themes = new InMemoryThemeStore();
    public final InMemoryOutboxStore outbox = new InMemoryOutboxStore();
    public final InMemoryMemberStore members = new InMemoryMemberStore(rounds, outbox);
    public final InMemoryInboundLog inboundLog = new InMemoryInboundLog();
    public final InMemoryOpenSpaceStore openSpaces = new InMemoryOpenSpaceStore();
    public final InMemorySessionStore sessions = new InMemorySessionStore();
    public final InMemoryCardStore cards = new InMemoryCardStore(sessions);
    public final InMemoryNoteStore notes = new InMemoryNoteStore(sessions);
    public final InMemoryReminderStore reminders = new InMemoryReminderStore();
    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    public final ReplyFiles files = new ReplyFiles();
    public final InMemoryCollationMemory memory = new InMemoryCollationMemory(rounds, contributions);
    public final CoreServices services;

    public InMemoryCore(ChatPlatform... platforms) {
        Map<String, Dialect> dialects = new HashMap<>();
        for (ChatPlatform platform : platforms) {
            dialects.put(platform.platform(), platform.dialect());
        }
        Transactions direct = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        EmbeddingCollator collator = new EmbeddingCollator(new LexicalEncoder(), new SimpleTermAnalyzer(), memory);
        services = new CoreServices(new CoreServices.Ports(gatherings, rounds, contributions, themes, members, members,
                outbox, inboundLog, direct, collator, memory, files, files, new Dialects(dialects), clock,
                new OpenSpaceServices.Stores(openSpaces, sessions, cards, notes, reminders)),
                new Platforms(List.of(platforms)));
    }

    /** A reply file double: rows given by the test; writes recorded. */
    public static final class ReplyFiles implements ReplyFileReader, ExchangeWriter {
        public List<ReplyRow> rows = List.of();
        public Collation lastCollation;
        public RoundExport lastExport;

        @Override
        public List<ReplyRow> read(Path file) {
            return rows;
        }

        @Override
        public void writeCollation(Path out, List<ReplyRow> rowsWritten, Collation collation) {
            lastCollation = collation;
        }

        @Override
        public void writeRound(Path out, ExportFormat format, RoundExport export) {
            lastExport = export;
        }
    }
}
