package org.commonground.core.intake;

import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.commonground.core.event.InboundEvent;
import org.commonground.core.event.InboundEvent.ButtonPressed;
import org.commonground.core.event.InboundEvent.ChatMoved;
import org.commonground.core.event.InboundEvent.CommandIssued;
import org.commonground.core.event.InboundEvent.MessageDeleted;
import org.commonground.core.event.InboundEvent.MessageEdited;
import org.commonground.core.event.InboundEvent.MessagePosted;
import org.commonground.core.event.InboundResult;
import org.commonground.core.event.InboundSink;
import org.commonground.core.openspace.OpenSpaceChat;
import org.commonground.core.port.ChatStore;
import org.commonground.core.port.InboundLog;
import org.commonground.core.port.Transactions;
import org.commonground.core.round.RoundService;

/**
 * The one entry point for everything platforms report. Each event is handled in one transaction
 * together with the record that it was taken — the inbound log, or the unique key of what it stored —
 * so a redelivered event has no second effect and a crash leaves either all of an event's effects or
 * none.
 */
public final class InboundRouter implements InboundSink {

    private static final Logger LOG = Logger.getLogger(InboundRouter.class.getName());

    private final ReplyIntake intake;
    private final CategoryQuestion question;
    private final MemberCommands memberCommands;
    private final ConvenorCommands convenorCommands;
    private final OpenSpaceChat openSpace;
    private final RoundService rounds;
    private final InboundLog log;
    private final ChatStore chats;
    private final Transactions transactions;
    private final Clock clock;

    public InboundRouter(ReplyIntake intake, CategoryQuestion question, MemberCommands memberCommands,
                         ConvenorCommands convenorCommands, OpenSpaceChat openSpace, RoundService rounds,
                         InboundLog log, ChatStore chats,
                         Transactions transactions, Clock clock) {
        this.intake = intake;
        this.question = question;
        this.memberCommands = memberCommands;
        this.convenorCommands = convenorCommands;
        this.openSpace = openSpace;
        this.rounds = rounds;
        this.log = log;
        this.chats = chats;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public InboundResult accept(InboundEvent event) {
        try {
            return transactions.inTransaction(() -> route(event));
        } catch (IllegalArgumentException refused) {
            return InboundResult.note(refused.getMessage());
        }
    }

    @Override
    public void prepare(List<InboundEvent> events) {
        intake.prepare(events);
    }

    private InboundResult route(InboundEvent event) {
        if (event instanceof MessagePosted posted) {
            // Replies and notes are each stored once by their own unique key, so a message is not
            // logged here: one that arrived before its prompt was known can still be taken later.
            chats.seen(posted.chat(), null, clock.instant());
            return openSpace.posted(posted).orElseGet(() -> intake.posted(posted));
        }
        if (event instanceof CommandIssued command) {
            if (!firstTime(command.chat(), command.messageId())) {
                return InboundResult.NOTHING;
            }
            chats.seen(command.chat(), null, clock.instant());
            return memberCommands.handle(command)
                    .or(() -> convenorCommands.handle(command))
                    .or(() -> openSpace.command(command))
                    .orElseGet(() -> InboundResult.note("I don't know /" + command.name() + "; /help lists what I do."));
        }
        if (event instanceof MessageEdited edited) {
            openSpace.edited(edited);
            return intake.edited(edited);
        }
        if (event instanceof MessageDeleted deleted) {
            openSpace.deleted(deleted);
            return intake.deleted(deleted);
        }
        if (event instanceof ChatMoved moved) {
            rounds.chatMoved(moved.chat(), moved.to());
            return InboundResult.NOTHING;
        }
        ButtonPressed press = (ButtonPressed) event;
        // A tap is not idempotent by nature: a second tap takes an interest back.
        if (!firstTime(press.chat(), "press:" + press.pressId())) {
            return InboundResult.NOTHING;
        }
        return openSpace.pressed(press).orElseGet(() -> question.choose(press));
    }

    private boolean firstTime(org.commonground.core.domain.ChatRef chat, String messageId) {
        boolean first = log.firstTime(chat, messageId, clock.instant());
        if (!first) {
            LOG.log(Level.FINE, "Dropped a redelivered event {0} in {1}", new Object[] {messageId, chat});
        }
        return first;
    }
}
