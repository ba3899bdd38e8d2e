package org.commonground.app;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.commonground.adapter.discord.DiscordChatIds;
import org.commonground.adapter.discord.DiscordChatPlatform;
import org.commonground.adapter.embeddings.LuceneTermAnalyzer;
import org.commonground.adapter.embeddings.MiniLmSentenceEncoder;
import org.commonground.adapter.files.CsvReplyFileReader;
import org.commonground.adapter.files.FileExchangeWriter;
import org.commonground.adapter.local.LocalChatPlatform;
import org.commonground.adapter.telegram.TelegramChatIds;
import org.commonground.adapter.telegram.TelegramChatPlatform;
import org.commonground.core.CoreServices;
import org.commonground.core.collate.EmbeddingCollator;
import org.commonground.core.collate.EncoderWithFallback;
import org.commonground.core.collate.LexicalEncoder;
import org.commonground.core.exchange.CollateFileService;
import org.commonground.core.exchange.ExportService;
import org.commonground.core.exchange.ImportService;
import org.commonground.core.member.MemberService;
import org.commonground.core.openspace.AgendaService;
import org.commonground.core.openspace.HarvestService;
import org.commonground.core.openspace.OpenSpaceService;
import org.commonground.core.openspace.OpenSpaceServices;
import org.commonground.core.openspace.ProposalBoard;
import org.commonground.core.openspace.ScheduleService;
import org.commonground.core.outbox.Dialects;
import org.commonground.core.outbox.Platforms;
import org.commonground.core.port.ChatPlatform;
import org.commonground.core.port.ChatStore;
import org.commonground.core.port.CollationMemory;
import org.commonground.core.port.Collator;
import org.commonground.core.port.ContributionStore;
import org.commonground.core.port.Dialect;
import org.commonground.core.port.GatheringStore;
import org.commonground.core.port.InboundLog;
import org.commonground.core.port.MemberStore;
import org.commonground.core.port.OutboxStore;
import org.commonground.core.port.RoundStore;
import org.commonground.core.port.SentenceEncoder;
import org.commonground.core.port.ThemeStore;
import org.commonground.core.port.Transactions;
import org.commonground.core.round.ContributionService;
import org.commonground.core.round.RoundService;
import org.commonground.core.status.StatusService;
import org.commonground.core.summary.SummaryService;
import org.commonground.core.theme.ThemeService;
import org.jline.reader.LineReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.shell.core.autoconfigure.TerminalCustomizer;
import org.springframework.shell.core.command.CommandRegistry;

/** The composition root: the core's use cases built once from the adapters, and exposed as beans. */
@Configuration(proxyBeanMethods = false)
public class CoreConfiguration {

    @Bean
    LaunchMode launchMode(Environment environment) {
        return LaunchMode.valueOf(environment.getProperty("commonground.mode", LaunchMode.ONE_OFF.name()));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Every platform's dialect and the form of its chat ids, known even to a process that does not
     * connect to it. A local room may have any name.
     */
    @Bean
    Dialects dialects() {
        return new Dialects(Map.of(LocalChatPlatform.PLATFORM, Dialect.PLAIN_TEXT,
                DiscordChatPlatform.PLATFORM, DiscordChatPlatform.DIALECT,
                TelegramChatPlatform.PLATFORM, TelegramChatPlatform.DIALECT),
                Map.of(DiscordChatPlatform.PLATFORM, DiscordChatIds.FORM, TelegramChatPlatform.PLATFORM,
                        TelegramChatIds.FORM));
    }

    /**
     * The collator on the sentence model, which loads on first use; if its native runtime cannot load
     * here, one warning is logged and themes come from shared words instead.
     */
    @Bean
    Collator collator(CollationMemory memory, Environment environment) {
        Path nativeCache = Path.of(environment.getProperty("commonground.embeddings.cache-dir", "data/natives"));
        SentenceEncoder encoder = new EncoderWithFallback(() -> MiniLmSentenceEncoder.load(nativeCache),
                new LexicalEncoder());
        return new EmbeddingCollator(encoder, new LuceneTermAnalyzer(), memory);
    }

    /** The platforms this process connects to: all of them in a running bot, none for a one-off command. */
    @Bean
    Platforms platforms(LaunchMode mode, ObjectProvider<ChatPlatform> platforms) {
        return new Platforms(mode.runsBot() ? platforms.orderedStream().toList() : List.of());
    }

    @Bean
    CoreServices coreServices(GatheringStore gatherings, RoundStore rounds, ContributionStore contributions,
                              ThemeStore themes, MemberStore members, ChatStore chats, OutboxStore outbox,
                              InboundLog inboundLog, Transactions transactions, Collator collator,
                              CollationMemory collationMemory, Dialects dialects, Clock clock, Platforms platforms,
                              OpenSpaceServices.Stores openSpaceStores) {
        return new CoreServices(new CoreServices.Ports(gatherings, rounds, contributions, themes, members, chats,
                outbox, inboundLog, transactions, collator, collationMemory, new CsvReplyFileReader(),
                new FileExchangeWriter(), dialects, clock, openSpaceStores), platforms);
    }

    @Bean
    BotLifecycle botLifecycle(CoreServices core, LaunchMode mode) {
        return new BotLifecycle(core.runtime(), mode.runsBot());
    }

    @Bean
    RoundService roundService(CoreServices core) {
        return core.rounds();
    }

    @Bean
    ContributionService contributionService(CoreServices core) {
        return core.contributions();
    }

    @Bean
    SummaryService summaryService(CoreServices core) {
        return core.summaries();
    }

    @Bean
    MemberService memberService(CoreServices core) {
        return core.members();
    }

    @Bean
    ImportService importService(CoreServices core) {
        return core.imports();
    }

    @Bean
    ExportService exportService(CoreServices core) {
        return core.exports();
    }

    @Bean
    CollateFileService collateFileService(CoreServices core) {
        return core.collateFiles();
    }

    @Bean
    ThemeService themeService(CoreServices core) {
        return core.themeCorrections();
    }

    @Bean
    StatusService statusService(CoreServices core) {
        return core.status();
    }

    @Bean
    OpenSpaceService openSpaceService(CoreServices core) {
        return core.openSpaces().openSpaces();
    }

    @Bean
    ProposalBoard proposalBoard(CoreServices core) {
        return core.openSpaces().proposals();
    }

    @Bean
    ScheduleService scheduleService(CoreServices core) {
        return core.openSpaces().schedules();
    }

    @Bean
    AgendaService agendaService(CoreServices core) {
        return core.openSpaces().agendas();
    }

    @Bean
    HarvestService harvestService(CoreServices core) {
        return core.openSpaces().harvests();
    }

    /**
     * Outside the interactive shell, Spring Shell's terminal is a dumb one on empty streams, so a
     * one-off command or a headless bot never touches the real terminal.
     */
    @Bean
    TerminalCustomizer quietTerminal(LaunchMode mode) {
        return builder -> {
            if (mode != LaunchMode.INTERACTIVE) {
                builder.system(false).dumb(true).streams(InputStream.nullInputStream(), OutputStream.nullOutputStream());
            }
        };
    }

    @Bean
    @Lazy
    InteractiveShell interactiveShell(LineReader reader, CommandRegistry registry) {
        return new InteractiveShell(reader, registry);
    }
}
