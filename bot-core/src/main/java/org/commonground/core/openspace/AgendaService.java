package org.commonground.core.openspace;

import java.awt.AWTError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.TextFormat;
import org.commonground.core.domain.Topic;
import org.commonground.core.openspace.agenda.AgendaPicture;
import org.commonground.core.openspace.agenda.AgendaText;
import org.commonground.core.openspace.agenda.AgendaView;
import org.commonground.core.outbox.Outbox;
import org.commonground.core.port.Transactions;
import org.commonground.core.summary.Markup;

/** The agenda as people see it: shown to the convenor, and posted to every chat as text and as a picture. */
public final class AgendaService {

    private static final Logger LOG = Logger.getLogger(AgendaService.class.getName());
    static final String PICTURE_NAME = "agenda.png";

    private final OpenSpaceService openSpaces;
    private final OpenSpaceStore spaces;
    private final SessionStore sessions;
    private final Outbox outbox;
    private final Transactions transactions;

    AgendaService(OpenSpaceService openSpaces, OpenSpaceStore spaces, SessionStore sessions, Outbox outbox,
                  Transactions transactions) {
        this.openSpaces = openSpaces;
        this.spaces = spaces;
        this.sessions = sessions;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    /**
     * What posting queued.
     *
     * @param pictureProblem why no picture could be drawn on this machine, or null when it was
     */
    public record Posted(int messages, int pictures, String pictureProblem) {
    }

    public AgendaView view(long id) {
        OpenSpace openSpace = openSpaces.get(id);
        List<Booking> bookings = spaces.agenda(id);
        if (bookings.isEmpty()) {
            throw new IllegalArgumentException("Open space " + id + " has no agenda yet: `openspace schedule " + id
                    + "` makes it.");
        }
        Map<Long, Session> byId = new HashMap<>();
        sessions.list(id).stream().filter(s -> !s.withdrawn()).forEach(s -> byId.put(s.id(), s));
        Map<Long, Turnout> turnouts = sessions.turnouts(id);
        List<AgendaView.Entry> entries = bookings.stream().filter(b -> byId.containsKey(b.sessionId()))
                .map(b -> entry(byId.get(b.sessionId()), turnouts, b.slot(), b.space())).toList();
        Set<Long> placed = bookings.stream().map(Booking::sessionId).collect(Collectors.toSet());
        List<AgendaView.Entry> unplaced = byId.values().stream().filter(s -> !placed.contains(s.id()))
                .sorted((a, b) -> Integer.compare(a.number(), b.number()))
                .map(s -> entry(s, turnouts, -1, -1)).toList();
        SlotTimes times = new SlotTimes(openSpace);
        List<String> slotLabels = IntStream.range(0, openSpace.slots().size())
                .mapToObj(times::label).toList();
        List<String> spaceLabels = openSpace.spaces().stream().map(s -> s.name() + " (" + s.capacity() + ")").toList();
        return new AgendaView(openSpace.name(), times.day(), slotLabels, spaceLabels, entries, unplaced);
    }

    public String show(long id, TextFormat format) {
        return String.join("\n", AgendaText.lines(view(id), Markup.of(format)));
    }

    /** Queues the agenda for every chat: the text in each chat's dialect, then the picture. */
    public Posted post(long id) {
        AgendaView view = view(id);
        Drawing drawing = draw(view);
        return transactions.inTransaction(() -> {
            int messages = 0;
            int pictures = 0;
            for (ChatRef chat : openSpaces.get(id).chats()) {
                messages += outbox.post(chat, m -> AgendaText.lines(view, m), null, List.of(), Topic.agenda(id)).size();
                if (drawing.png() != null) {
                    outbox.picture(chat, drawing.png(), PICTURE_NAME, m -> m.escape("Agenda · " + view.name()),
                            Topic.agenda(id));
                    pictures++;
                }
            }
            return new Posted(messages, pictures, drawing.problem());
        });
    }

    /** The picture, or why it could not be drawn. */
    private record Drawing(byte[] png, String problem) {
    }

    private static Drawing draw(AgendaView view) {
        try {
            return new Drawing(AgendaPicture.png(view), null);
        } catch (RuntimeException | AWTError | LinkageError e) {
            // A JDK without fonts or 2D support cannot draw; the text agenda still goes.
            LOG.log(Level.WARNING, "Could not draw the agenda picture", e);
            return new Drawing(null, String.valueOf(e.getMessage()));
        }
    }

    private static AgendaView.Entry entry(Session session, Map<Long, Turnout> turnouts, int slot, int space) {
        return new AgendaView.Entry(slot, space, session.number(), session.title(),
                turnouts.getOrDefault(session.id(), Turnout.NOBODY).interested().size());
    }
}
