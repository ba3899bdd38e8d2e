package org.commonground.core;

import java.time.Clock;
import java.util.List;

import org.commonground.core.exchange.CollateFileService;
import org.commonground.core.exchange.ExchangeWriter;
import org.commonground.core.exchange.ExportService;
import org.commonground.core.exchange.ImportService;
import org.commonground.core.exchange.ReplyFileReader;
import org.commonground.core.intake.CategoryQuestion;
import org.commonground.core.intake.ConvenorCommands;
import org.commonground.core.intake.InboundRouter;
import org.commonground.core.intake.MemberCommands;
import org.commonground.core.intake.ReplyIntake;
import org.commonground.core.member.MemberService;
import org.commonground.core.openspace.OpenSpaceServices;
import org.commonground.core.outbox.Dialects;
import org.commonground.core.outbox.Outbox;
import org.commonground.core.outbox.OutboxDispatcher;
import org.commonground.core.outbox.Platforms;
import org.commonground.core.port.ChatStore;
import org.commonground.core.port.CollationMemory;
import org.commonground.core.port.Collator;
import org.commonground.core.port.ContributionStore;
import org.commonground.core.port.GatheringStore;
import org.commonground.core.port.InboundLog;
import org.commonground.core.port.MemberStore;
import org.commonground.core.port.OutboxStore;
import org.commonground.core.port.RoundStore;
import org.commonground.core.port.ThemeStore;
import org.commonground.core.port.Transactions;
import org.commonground.core.round.ContributionService;
import org.commonground.core.round.RoundService;
import org.commonground.core.status.StatusService;
import org.commonground.core.summary.SummaryBuilder;
import org.commonground.core.summary.SummaryService;
import org.commonground.core.theme.ThemeService;

/**
 * The use cases, put together from the ports in one place, so that the application and the tests
 * build exactly the same graph.
 */
public final class CoreServices {

    /** Everything the core needs from outside. */
    public record Ports(GatheringStore gatherings, RoundStore rounds, ContributionStore contributions,
                        ThemeStore themes, MemberStore members, ChatStore chats, OutboxStore outbox,
                        InboundLog inboundLog, Transactions transactions, Collator collator,
                        CollationMemory collationMemory, ReplyFileReader replyFiles, ExchangeWriter exchangeWriter,
                        Dialects dialects, Clock clock, OpenSpaceServices.Stores openSpaceStores) {
    }

    private final RoundService rounds;
    private final ContributionService contributions;
    private final SummaryService summaries;
    private final MemberService members;
    private final InboundRouter inbound;
    private final OutboxDispatcher dispatcher;
    private final ImportService imports;
    private final ExportService exports;
    private final CollateFileService collateFiles;
    private final StatusService status;
    private final ThemeService themeCorrections;
    private final OpenSpaceServices openSpaces;
    private final BotRuntime runtime;

    /**
     * @param platforms the platforms this process connects to; none for a one-off command, which
     *                  only writes to the store
     */
    public CoreServices(Ports p, Platforms platforms) {
        Outbox outbox = new Outbox(p.outbox(), p.dialects(), p.clock());
        rounds = new RoundService(p.rounds(), p.gatherings(), p.chats(), outbox, p.outbox(), p.transactions(),
                p.clock());
        contributions = new ContributionService(p.contributions(), p.rounds());
        summaries = new SummaryService(p.rounds(), p.contributions(), p.themes(), p.collator(),
                new SummaryBuilder(p.members()), outbox, p.outbox(), p.transactions());
        openSpaces = new OpenSpaceServices(p.openSpaceStores(), new OpenSpaceServices.Shared(p.gatherings(),
                p.chats(), p.members(), p.outbox(), outbox, p.collator(), platforms, p.transactions(), p.clock()));
        members = new MemberService(p.members(), p.contributions(), p.transactions(),
                List.of(openSpaces.memberRecords()));
        CategoryQuestion question = new CategoryQuestion(p.contributions(), p.outbox(), outbox, platforms);
        ReplyIntake intake = new ReplyIntake(p.rounds(), p.contributions(), p.members(), p.outbox(), outbox,
                p.collator(), question);
        inbound = new InboundRouter(intake, question, new MemberCommands(intake, members, p.contributions()),
                new ConvenorCommands(rounds, summaries, p.rounds()), openSpaces.chat(), rounds, p.inboundLog(),
                p.chats(), p.transactions(), p.clock());
        dispatcher = new OutboxDispatcher(p.outbox(), platforms, p.clock());
        imports = new ImportService(p.replyFiles(), p.rounds(), p.contributions(), p.collator(), p.transactions(),
                p.clock());
        exports = new ExportService(summaries, p.members(), p.exchangeWriter());
        collateFiles = new CollateFileService(p.replyFiles(), p.exchangeWriter(), p.collator());
        themeCorrections = new ThemeService(p.rounds(), p.themes(), p.contributions(), p.collationMemory(),
                summaries, p.transactions());
        status = new StatusService(p.rounds(), p.chats(), p.outbox(), p.inboundLog(), p.clock());
        runtime = new BotRuntime(platforms, inbound, dispatcher, List.of(rounds::closeDue,
                openSpaces.cards()::refresh, openSpaces.reminders()::sendDue), p.inboundLog(), p.clock());
    }

    public RoundService rounds() {
        return rounds;
    }

    public ContributionService contributions() {
        return contributions;
    }

    public SummaryService summaries() {
        return summaries;
    }

    public MemberService members() {
        return members;
    }

    /** Where platforms hand over inbound events. */
    public InboundRouter inbound() {
        return inbound;
    }

    public OutboxDispatcher dispatcher() {
        return dispatcher;
    }

    public ImportService imports() {
        return imports;
    }

    public ExportService exports() {
        return exports;
    }

    public CollateFileService collateFiles() {
        return collateFiles;
    }

    /** A convenor's corrections to themes, kept to teach the collator. */
    public ThemeService themeCorrections() {
        return themeCorrections;
    }

    public StatusService status() {
        return status;
    }

    public OpenSpaceServices openSpaces() {
        return openSpaces;
    }

    /** The running bot: platforms connected, outbox delivered. Not started by this class. */
    public BotRuntime runtime() {
        return runtime;
    }
}
