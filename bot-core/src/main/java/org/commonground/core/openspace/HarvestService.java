package org.commonground.core.openspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.TextFormat;
import org.commonground.core.domain.Topic;
import org.commonground.core.openspace.harvest.HarvestBuilder;
import org.commonground.core.openspace.harvest.HarvestRenderer;
import org.commonground.core.openspace.harvest.HarvestSummary;
import org.commonground.core.outbox.Outbox;
import org.commonground.core.port.Transactions;
import org.commonground.core.summary.Markup;

/** The harvest of an open space: its sessions with their notes collated, shown or posted to every chat. */
public final class HarvestService {

    private final OpenSpaceService openSpaces;
    private final OpenSpaceStore spaces;
    private final SessionStore sessions;
    private final NoteStore notes;
    private final HostCredits credits;
    private final HarvestBuilder builder;
    private final Outbox outbox;
    private final Transactions transactions;

    HarvestService(OpenSpaceService openSpaces, OpenSpaceStore spaces, SessionStore sessions, NoteStore notes,
                   HostCredits credits, HarvestBuilder builder, Outbox outbox, Transactions transactions) {
        this.openSpaces = openSpaces;
        this.spaces = spaces;
        this.sessions = sessions;
        this.notes = notes;
        this.credits = credits;
        this.builder = builder;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    /** Collates the notes of every session that was not withdrawn, sessions in agenda order. */
    public HarvestSummary summarise(long id) {
        OpenSpace openSpace = openSpaces.get(id);
        Map<Long, Integer> agendaOrder = new HashMap<>();
        List<Booking> agenda = spaces.agenda(id);
        for (Booking booking : agenda) {
            agendaOrder.put(booking.sessionId(), booking.slot() * openSpace.spaces().size() + booking.space());
        }
        Map<Long, List<String>> notesOf = new HashMap<>();
        notes.ofOpenSpace(id).forEach(note -> notesOf.computeIfAbsent(note.sessionId(), k -> new ArrayList<>())
                .add(note.text()));
        Map<Long, Turnout> turnouts = sessions.turnouts(id);
        List<HarvestBuilder.SessionNotes> inputs = sessions.list(id).stream()
                .filter(s -> !s.withdrawn())
                .sorted(Comparator.comparingInt((Session s) -> agendaOrder.getOrDefault(s.id(), Integer.MAX_VALUE))
                        .thenComparingInt(Session::number))
                .map(s -> {
                    Turnout turnout = turnouts.getOrDefault(s.id(), Turnout.NOBODY);
                    return new HarvestBuilder.SessionNotes(s.id(), s.number(), s.title(), credits.names(s, turnout),
                            turnout.interested().size(), notesOf.getOrDefault(s.id(), List.of()));
                })
                .toList();
        return builder.build(openSpace.name(), openSpace.gatheringId(), inputs);
    }

    public String show(long id, TextFormat format) {
        return String.join("\n", HarvestRenderer.lines(summarise(id), Markup.of(format)));
    }

    /** Queues the harvest for every chat of the open space; returns how many messages. */
    public int post(long id) {
        return transactions.inTransaction(() -> {
            HarvestSummary summary = summarise(id);
            int queued = 0;
            for (ChatRef chat : openSpaces.get(id).chats()) {
                queued += outbox.post(chat, m -> HarvestRenderer.lines(summary, m), null, List.of(),
                        Topic.harvest(id)).size();
            }
            return queued;
        });
    }
}
