package org.commonground.core.openspace;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The convenor's view of the proposals: each session with who joined it and, once scheduled, its place. */
public final class ProposalBoard {

    /**
     * One session as listed.
     *
     * @param expected hosts and interested people, each once
     * @param place    "withdrawn", "10:00–11:00 · Hall", "not placed" after scheduling, or "" before
     */
    public record Proposal(int number, String title, int interested, int cohosts, int expected, String place) {
    }

    private final OpenSpaceService openSpaces;
    private final OpenSpaceStore spaces;
    private final SessionStore sessions;

    ProposalBoard(OpenSpaceService openSpaces, OpenSpaceStore spaces, SessionStore sessions) {
        this.openSpaces = openSpaces;
        this.spaces = spaces;
        this.sessions = sessions;
    }

    /** The open space's sessions by number. */
    public List<Proposal> list(long id) {
        OpenSpace openSpace = openSpaces.get(id);
        List<Booking> agenda = spaces.agenda(id);
        SlotTimes times = new SlotTimes(openSpace);
        Map<Long, Turnout> turnouts = sessions.turnouts(id);
        return sessions.list(id).stream().map(s -> {
            Turnout turnout = turnouts.getOrDefault(s.id(), Turnout.NOBODY);
            Optional<Booking> booking = agenda.stream().filter(b -> b.sessionId() == s.id()).findFirst();
            String place = s.withdrawn() ? "withdrawn"
                    : booking.map(b -> times.label(b.slot()) + " · " + openSpace.spaces().get(b.space()).name())
                    .orElse(agenda.isEmpty() ? "" : "not placed");
            return new Proposal(s.number(), s.title(), turnout.interested().size(), turnout.cohosts().size(),
                    turnout.attendance(s), place);
        }).toList();
    }
}
