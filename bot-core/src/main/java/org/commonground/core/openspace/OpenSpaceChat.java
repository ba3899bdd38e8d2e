package org.commonground.core.openspace;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Topic;
import org.commonground.core.event.InboundEvent.ButtonPressed;
import org.commonground.core.event.InboundEvent.CommandIssued;
import org.commonground.core.event.InboundEvent.MessageDeleted;
import org.commonground.core.event.InboundEvent.MessageEdited;
import org.commonground.core.event.InboundEvent.MessagePosted;
import org.commonground.core.event.InboundResult;
import org.commonground.core.port.OutboxStore;

/**
 * The open space in the chat: the participants' commands, taps on session cards and replies to them.
 * The inbound router hands over each event in its transaction; an empty answer means "not mine".
 */
public final class OpenSpaceChat {

    private static final Set<String> COMMANDS = Set.of("propose", "withdraw", "retitle", "notes", "remind",
            "openspace");
    private static final Pattern NUMBER_FIRST = Pattern.compile("^#?(\\d{1,6})\\b\\s*(.*)$", Pattern.DOTALL);

    private final OpenSpaceService openSpaces;
    private final SessionStore sessions;
    private final OutboxStore outboxStore;
    private final Proposals proposals;
    private final NotesIntake notes;
    private final ReminderService reminders;
    private final OpenSpaceGuide guide;

    OpenSpaceChat(OpenSpaceService openSpaces, SessionStore sessions, OutboxStore outboxStore, Proposals proposals,
                  NotesIntake notes, ReminderService reminders, OpenSpaceGuide guide) {
        this.openSpaces = openSpaces;
        this.sessions = sessions;
        this.outboxStore = outboxStore;
        this.proposals = proposals;
        this.notes = notes;
        this.reminders = reminders;
        this.guide = guide;
    }

    /** A session being referred to, and what follows the reference. */
    private record Target(OpenSpace openSpace, Session session, String rest) {
    }

    public Optional<InboundResult> command(CommandIssued command) {
        String name = command.name();
        if (!COMMANDS.contains(name)) {
            return Optional.empty();
        }
        Optional<OpenSpace> openSpace = openSpaces.current(command.chat(), command.member(), command.direct());
        if (openSpace.isEmpty()) {
            return note("There's no open space running here right now.");
        }
        Proposals.Actor actor = new Proposals.Actor(command.member(), command.memberName(), command.chat(),
                command.at());
        return note(switch (name) {
            case "propose" -> proposals.propose(openSpace.get(), actor, command.args());
            case "remind" -> reminders.choose(openSpace.get(), actor, command.direct(), command.args());
            case "openspace" -> guide.describe(openSpace.get());
            default -> aboutSession(openSpace.get(), command, actor);
        });
    }

    /** {@code /withdraw}, {@code /retitle} and {@code /notes}: about the session replied to or numbered. */
    private String aboutSession(OpenSpace openSpace, CommandIssued command, Proposals.Actor actor) {
        Optional<Target> target = target(openSpace, command);
        if (target.isEmpty()) {
            return "Say which session: reply to its card, or give its number, like /" + command.name() + " 3.";
        }
        Target t = target.get();
        return switch (command.name()) {
            case "withdraw" -> proposals.withdraw(t.openSpace(), t.session(), command.member());
            case "retitle" -> proposals.retitle(t.openSpace(), t.session(), command.member(), t.rest());
            default -> notes.take(t.openSpace(), t.session(), actor, command.messageId(), t.rest(), false).note();
        };
    }

    /** A tap on a session card. */
    public Optional<InboundResult> pressed(ButtonPressed press) {
        return cardSession(press.chat(), press.messageId()).map(target -> {
            Role role = CardText.COHOST.equals(press.data()) ? Role.COHOST : Role.INTERESTED;
            Proposals.Actor actor = new Proposals.Actor(press.member(), press.memberName(), press.chat(), press.at());
            return InboundResult.note(proposals.toggle(target.openSpace(), target.session(), actor, role));
        });
    }

    /** A reply to a session card: notes, during the harvest. Other replies to cards are left alone. */
    public Optional<InboundResult> posted(MessagePosted posted) {
        return cardSession(posted.chat(), posted.replyTo()).map(target -> {
            if (!target.openSpace().is(Phase.HARVEST)) {
                return InboundResult.NOTHING;
            }
            Proposals.Actor actor = new Proposals.Actor(posted.author(), posted.authorName(), posted.chat(),
                    posted.at());
            NotesIntake.Taken taken = notes.take(target.openSpace(), target.session(), actor, posted.messageId(),
                    posted.text(), true);
            return taken.taken() ? InboundResult.NOTHING : InboundResult.note(taken.note());
        });
    }

    public void edited(MessageEdited edited) {
        notes.edited(edited);
    }

    public void deleted(MessageDeleted deleted) {
        notes.deleted(deleted);
    }

    private Optional<Target> target(OpenSpace openSpace, CommandIssued command) {
        Optional<Target> card = cardSession(command.chat(), command.replyTo())
                .map(t -> new Target(t.openSpace(), t.session(), command.args()));
        if (card.isPresent()) {
            return card;
        }
        Matcher m = NUMBER_FIRST.matcher(command.args().strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return sessions.findByNumber(openSpace.id(), Integer.parseInt(m.group(1)))
                .map(session -> new Target(openSpace, session, m.group(2)));
    }

    private Optional<Target> cardSession(ChatRef chat, String messageId) {
        if (messageId == null) {
            return Optional.empty();
        }
        return outboxStore.topicOf(chat, messageId)
                .filter(topic -> topic.is(Topic.SESSION))
                .flatMap(topic -> sessions.find(topic.id()))
                .map(session -> new Target(openSpaces.get(session.openSpaceId()), session, ""));
    }

    private static Optional<InboundResult> note(String text) {
        return Optional.of(InboundResult.note(text));
    }
}
