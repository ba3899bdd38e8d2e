package org.commonground.core.openspace;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.outbox.Outbox;
import org.commonground.core.outbox.Platforms;
import org.commonground.core.port.DeliveryException;
import org.commonground.core.port.DirectMessages;
import org.commonground.core.port.MemberStore;
import org.commonground.core.port.Transactions;

/**
 * Reminders, for those who ask: shortly before a slot, a direct message about the sessions they
 * chose in it — only where the platform lets the bot write to that person.
 */
public final class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());
    /** How long before a slot the reminder goes. */
    public static final Duration LEAD = Duration.ofMinutes(10);
    /** How often the running bot looks for reminders due. */
    static final Duration EVERY = Duration.ofSeconds(15);

    private final ReminderStore reminders;
    private final OpenSpaceStore spaces;
    private final SessionStore sessions;
    private final MemberStore members;
    private final Outbox outbox;
    private final Platforms platforms;
    private final Transactions transactions;
    private final Clock clock;
    private Instant lastLook;

    ReminderService(ReminderStore reminders, OpenSpaceStore spaces, SessionStore sessions, MemberStore members,
                    Outbox outbox, Platforms platforms, Transactions transactions, Clock clock) {
        this.reminders = reminders;
        this.spaces = spaces;
        this.sessions = sessions;
        this.members = members;
        this.outbox = outbox;
        this.platforms = platforms;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** {@code /remind on} or {@code /remind off}; from a direct conversation, reminders go there. */
    String choose(OpenSpace openSpace, Proposals.Actor actor, boolean direct, String args) {
        String choice = args.strip().toLowerCase(Locale.ROOT);
        if (choice.equals("off")) {
            return reminders.optOut(openSpace.id(), actor.member()) ? "Done — no reminders."
                    : "You hadn't asked for reminders, so there's nothing to stop.";
        }
        if (!choice.equals("on")) {
            return "Send /remind on for a direct message shortly before your sessions, or /remind off to stop.";
        }
        members.seen(actor.member(), actor.name(), actor.chat(), actor.at());
        reminders.optIn(openSpace.id(), actor.member(), direct ? actor.chat() : null);
        boolean writeFirst = !direct && platforms.capability(actor.member().platform(), DirectMessages.class)
                .map(DirectMessages::memberWritesFirst).orElse(false);
        return "I'll send you a direct message shortly before each session you chose."
                + (writeFirst ? " If you've never written to me directly, send me a message there once, so that "
                + "I'm allowed to write to you." : "");
    }

    /** Sends the reminders that are due; a chore of the running bot, which looks every few seconds. */
    public void sendDue() {
        Instant now = clock.instant();
        if (lastLook != null && now.isBefore(lastLook.plus(EVERY))) {
            return;
        }
        lastLook = now;
        for (OpenSpace openSpace : spaces.list()) {
            if (!openSpace.is(Phase.SCHEDULED) && !openSpace.is(Phase.HARVEST)) {
                continue;
            }
            for (int slot = 0; slot < openSpace.slots().size(); slot++) {
                Instant start = openSpace.slots().get(slot).start();
                if (!now.isBefore(start.minus(LEAD)) && now.isBefore(start)) {
                    int due = slot;
                    transactions.run(() -> remind(openSpace, due));
                }
            }
        }
    }

    private void remind(OpenSpace openSpace, int slot) {
        List<Booking> bookings = spaces.agenda(openSpace.id()).stream().filter(b -> b.slot() == slot).toList();
        Set<MemberRef> done = reminders.done(openSpace.id(), slot);
        Map<Long, Turnout> turnouts = sessions.turnouts(openSpace.id());
        for (ReminderStore.OptIn optIn : reminders.optedIn(openSpace.id())) {
            if (done.contains(optIn.member())) {
                continue;
            }
            List<String> chosen = new ArrayList<>();
            for (Booking booking : bookings) {
                sessions.find(booking.sessionId()).filter(session -> !session.withdrawn()).ifPresent(session -> {
                    Turnout turnout = turnouts.getOrDefault(session.id(), Turnout.NOBODY);
                    if (turnout.hosts(session).contains(optIn.member())
                            || turnout.interested().contains(optIn.member())) {
                        chosen.add("Session " + session.number() + " · " + session.title() + ", in "
                                + openSpace.spaces().get(booking.space()).name());
                    }
                });
            }
            try {
                if (!chosen.isEmpty()) {
                    directChat(optIn).ifPresent(chat -> post(chat, openSpace, slot, chosen));
                }
                reminders.markDone(openSpace.id(), slot, optIn.member());
            } catch (DeliveryException tryLater) {
                LOG.log(Level.FINE, "Could not reach {0} yet: {1}",
                        new Object[] {optIn.member(), tryLater.getMessage()});
            }
        }
    }

    /** Where to write to the member, or empty when the platform will not let the bot. */
    private Optional<ChatRef> directChat(ReminderStore.OptIn optIn) throws DeliveryException {
        if (optIn.directChat() != null) {
            return Optional.of(optIn.directChat());
        }
        Optional<DirectMessages> direct = platforms.capability(optIn.member().platform(), DirectMessages.class);
        if (direct.isEmpty()) {
            return Optional.empty();
        }
        try {
            return direct.get().directChat(optIn.member());
        } catch (DeliveryException e) {
            if (e.kind() == DeliveryException.Kind.PERMANENT) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private void post(ChatRef chat, OpenSpace openSpace, int slot, List<String> chosen) {
        String at = new SlotTimes(openSpace).start(slot);
        outbox.post(chat, m -> {
            List<String> lines = new ArrayList<>();
            lines.add("⏰ " + m.bold(m.escape(openSpace.name())) + ": at " + at + ", in a few minutes —");
            chosen.forEach(line -> lines.add("• " + m.escape(line)));
            if (chosen.size() > 1) {
                lines.add("You chose more than one; go where your energy is!");
            }
            return lines;
        }, null, List.of(), null);
    }
}
