package org.commonground.core.openspace;

import java.time.Clock;

import org.commonground.core.member.MemberRecords;
import org.commonground.core.openspace.harvest.HarvestBuilder;
import org.commonground.core.openspace.schedule.Scheduler;
import org.commonground.core.outbox.Outbox;
import org.commonground.core.outbox.Platforms;
import org.commonground.core.port.ChatStore;
import org.commonground.core.port.Collator;
import org.commonground.core.port.GatheringStore;
import org.commonground.core.port.MemberStore;
import org.commonground.core.port.OutboxStore;
import org.commonground.core.port.Transactions;

/** The open-space use cases, put together from their stores and the core's shared parts. */
public final class OpenSpaceServices {

    /** The stores open spaces keep their data in. */
    public record Stores(OpenSpaceStore spaces, SessionStore sessions, CardStore cards, NoteStore notes,
                         ReminderStore reminders) {
    }

    /** What open spaces share with the rest of the core. */
    public record Shared(GatheringStore gatherings, ChatStore chats, MemberStore members, OutboxStore outboxStore,
                         Outbox outbox, Collator collator, Platforms platforms, Transactions transactions,
                         Clock clock) {
    }

    private final OpenSpaceService openSpaces;
    private final ProposalBoard proposals;
    private final ScheduleService schedules;
    private final AgendaService agendas;
    private final HarvestService harvests;
    private final Cards cards;
    private final ReminderService reminders;
    private final OpenSpaceChat chat;
    private final MemberRecords memberRecords;

    public OpenSpaceServices(Stores s, Shared c) {
        openSpaces = new OpenSpaceService(s.spaces(), c.gatherings(), c.chats(), c.members(), c.outbox(),
                c.transactions(), c.clock());
        proposals = new ProposalBoard(openSpaces, s.spaces(), s.sessions());
        schedules = new ScheduleService(openSpaces, s.spaces(), s.sessions(), new Scheduler(), c.transactions());
        agendas = new AgendaService(openSpaces, s.spaces(), s.sessions(), c.outbox(), c.transactions());
        HostCredits credits = new HostCredits(c.members());
        harvests = new HarvestService(openSpaces, s.spaces(), s.sessions(), s.notes(), credits,
                new HarvestBuilder(c.collator()), c.outbox(), c.transactions());
        cards = new Cards(s.sessions(), s.cards(), s.spaces(), credits, c.outbox(), c.outboxStore(), c.platforms(),
                c.transactions());
        reminders = new ReminderService(s.reminders(), s.spaces(), s.sessions(), c.members(), c.outbox(),
                c.platforms(), c.transactions(), c.clock());
        chat = new OpenSpaceChat(openSpaces, s.sessions(), c.outboxStore(),
                new Proposals(s.sessions(), cards, c.members()),
                new NotesIntake(s.notes(), s.sessions(), c.members(), c.outbox()), reminders,
                new OpenSpaceGuide(s.sessions()));
        memberRecords = new OpenSpaceMemberRecords(s.sessions(), s.notes(), s.reminders(), cards);
    }

    public OpenSpaceService openSpaces() {
        return openSpaces;
    }

    public ProposalBoard proposals() {
        return proposals;
    }

    public ScheduleService schedules() {
        return schedules;
    }

    public AgendaService agendas() {
        return agendas;
    }

    public HarvestService harvests() {
        return harvests;
    }

    /** Brings session cards up to date: a chore of the running bot. */
    public Cards cards() {
        return cards;
    }

    /** Sends reminders that are due: a chore of the running bot. */
    public ReminderService reminders() {
        return reminders;
    }

    /** What the inbound router hands open-space events to. */
    public OpenSpaceChat chat() {
        return chat;
    }

    /** What open spaces hold about members, for {@code /mydata} and {@code /forgetme}. */
    public MemberRecords memberRecords() {
        return memberRecords;
    }
}
