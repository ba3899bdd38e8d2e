package org.commonground.core.openspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.commonground.core.domain.MemberRef;
import org.commonground.core.openspace.schedule.Demand;
import org.commonground.core.openspace.schedule.Schedule;
import org.commonground.core.openspace.schedule.ScheduleProblem;
import org.commonground.core.openspace.schedule.Scheduler;
import org.commonground.core.port.Transactions;

/**
 * Makes the agenda: checks that the sessions can fit at all, runs the scheduler on who chose what,
 * stores the result and closes the call for proposals. Cards then show each session's place.
 */
public final class ScheduleService {

    private final OpenSpaceService openSpaces;
    private final OpenSpaceStore spaces;
    private final SessionStore sessions;
    private final Scheduler scheduler;
    private final Transactions transactions;

    ScheduleService(OpenSpaceService openSpaces, OpenSpaceStore spaces, SessionStore sessions, Scheduler scheduler,
                    Transactions transactions) {
        this.openSpaces = openSpaces;
        this.spaces = spaces;
        this.sessions = sessions;
        this.scheduler = scheduler;
        this.transactions = transactions;
    }

    /** The new agenda with what the scheduler said about it; sessions by id. */
    public record Scheduled(OpenSpace openSpace, Schedule schedule, Map<Long, Session> sessions) {
    }

    public Scheduled schedule(long id) {
        return transactions.inTransaction(() -> {
            OpenSpace openSpace = openSpaces.get(id);
            if (!openSpace.is(Phase.PROPOSING) && !openSpace.is(Phase.SCHEDULED)) {
                throw new IllegalArgumentException("Open space " + id + " is " + openSpace.phase().label()
                        + (openSpace.is(Phase.DRAFT) ? "; open the call first: `openspace open " + id + "`."
                        : ", so its agenda stays as it is."));
            }
            List<Session> open = sessions.list(id).stream().filter(s -> !s.withdrawn()).toList();
            if (open.isEmpty()) {
                throw new IllegalArgumentException("No sessions are proposed in open space " + id + " yet.");
            }
            Map<Long, Turnout> turnouts = sessions.turnouts(id);
            List<Demand> demands = open.stream().map(s -> {
                Turnout turnout = turnouts.getOrDefault(s.id(), Turnout.NOBODY);
                return new Demand(s.id(), turnout.hosts(s), turnout.interested());
            }).toList();
            checkPossible(openSpace, open, demands);
            Schedule schedule = scheduler.schedule(new ScheduleProblem(openSpace.slots().size(),
                    openSpace.spaces().stream().map(Space::capacity).toList(), demands));
            spaces.saveAgenda(id, schedule.bookings());
            spaces.setPhase(id, Phase.SCHEDULED);
            sessions.touchAll(id);
            Map<Long, Session> byId = new HashMap<>();
            open.forEach(s -> byId.put(s.id(), s));
            return new Scheduled(openSpaces.get(id), schedule, byId);
        });
    }

    /** Refuses set-ups no agenda can hold: more sessions than places, or a host in more sessions than slots. */
    private static void checkPossible(OpenSpace openSpace, List<Session> open, List<Demand> demands) {
        if (open.size() > openSpace.places()) {
            throw new IllegalArgumentException(open.size() + " sessions but only " + openSpace.places() + " places ("
                    + openSpace.slots().size() + " slots × " + openSpace.spaces().size() + " spaces). Add a slot or a "
                    + "space with `openspace add " + openSpace.id() + " --slots 15:30` or `--spaces \"Porch:8\"`, "
                    + "or ask proposers to merge sessions (/withdraw takes one back).");
        }
        Map<MemberRef, List<Integer>> hosted = new HashMap<>();
        for (int i = 0; i < open.size(); i++) {
            for (MemberRef host : demands.get(i).hosts()) {
                hosted.computeIfAbsent(host, k -> new ArrayList<>()).add(open.get(i).number());
            }
        }
        for (List<Integer> numbers : hosted.values()) {
            if (numbers.size() > openSpace.slots().size()) {
                throw new IllegalArgumentException("Sessions " + numbers.stream().sorted().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + " share a host, and there are only "
                        + openSpace.slots().size() + " slots. That host can step back from one (a second tap on "
                        + "“I'll co-host”, or /withdraw), or add a slot with `openspace add " + openSpace.id()
                        + " --slots 15:30`.");
            }
        }
    }
}
