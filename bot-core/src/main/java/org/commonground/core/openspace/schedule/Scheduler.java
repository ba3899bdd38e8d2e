package org.commonground.core.openspace.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.commonground.core.domain.MemberRef;
import org.commonground.core.openspace.Booking;

/**
 * Puts sessions into (slot, space) places. Hard rules: nobody hosts two sessions at once, and a
 * session gets a space that holds everyone expected wherever any space can. Goals, in order: leave
 * out as few sessions (and as little interest) as possible, give interested people as few clashes
 * (two of their sessions in one slot) as possible, and put the biggest sessions in the biggest spaces.
 *
 * <p>A greedy start, most constrained sessions first, is improved by tabu search, then handed to an
 * exact branch and bound with a work budget: small open spaces get a proven optimum, big ones the
 * best the search found. Work is counted, not timed, so the same input always gives the same agenda.
 */
public final class Scheduler {

    /** Work the exact search may do: enough to finish on small open spaces within a fraction of a second. */
    static final long EXACT_BUDGET = 40_000_000L;

    public Schedule schedule(ScheduleProblem problem) {
        SchedulingModel model = new SchedulingModel(problem);
        int[] order = constrainedFirst(model);
        Assignment start = greedy(model, order);
        int[] improved = TabuSearch.improve(start, model, 200 + 15 * model.sessions, 100 + 4 * model.sessions);
        ExactSearch.Result exact = new ExactSearch(model, order, EXACT_BUDGET).search(improved);
        return result(problem, model, exact.slots(), exact.complete());
    }

    private static int[] constrainedFirst(SchedulingModel model) {
        int[] hostTies = new int[model.sessions];
        for (int p = 0; p < model.sessions; p++) {
            for (int q = 0; q < model.sessions; q++) {
                hostTies[p] += model.shareHost[p][q] ? 1 : 0;
            }
        }
        return IntStream.range(0, model.sessions).boxed()
                .sorted(Comparator.comparingInt((Integer p) -> -hostTies[p])
                        .thenComparingInt(p -> model.reach[p])
                        .thenComparingInt(p -> -model.attendance[p])
                        .thenComparingInt(p -> p))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Each session, in order, into the allowed slot where it clashes least (then the emptiest). */
    private static Assignment greedy(SchedulingModel model, int[] order) {
        Assignment state = new Assignment(model);
        for (int p : order) {
            int best = -1;
            for (int slot = 0; slot < model.slots; slot++) {
                if (state.canMove(p, slot) && (best < 0 || state.clashIn(p, slot) < state.clashIn(p, best)
                        || state.clashIn(p, slot) == state.clashIn(p, best) && state.size(slot) < state.size(best))) {
                    best = slot;
                }
            }
            if (best >= 0) {
                state.move(p, best);
            }
        }
        return state;
    }

    private static Schedule result(ScheduleProblem problem, SchedulingModel model, int[] slots, boolean proven) {
        int[] rooms = RoomAssignment.rooms(model, slots);
        Map<MemberRef, Integer> hostedBy = new HashMap<>();
        problem.demands().forEach(d -> d.hosts().forEach(host -> hostedBy.merge(host, 1, Integer::sum)));
        List<Booking> bookings = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        for (int p = 0; p < model.sessions; p++) {
            Demand demand = problem.demands().get(p);
            if (rooms[p] >= 0) {
                bookings.add(new Booking(demand.sessionId(), slots[p], rooms[p]));
            } else if (demand.hosts().stream().anyMatch(host -> hostedBy.get(host) > model.slots)) {
                unplaced.add(new Unplaced(demand.sessionId(), Unplaced.Reason.HOST_IN_EVERY_SLOT));
            } else if (model.sessions > model.slots * model.rooms) {
                unplaced.add(new Unplaced(demand.sessionId(), Unplaced.Reason.NO_PLACE_LEFT));
            } else {
                unplaced.add(new Unplaced(demand.sessionId(), Unplaced.Reason.NO_SPACE_BIG_ENOUGH));
            }
        }
        return new Schedule(bookings, unplaced, Assignment.of(model, slots).clashes(),
                RoomAssignment.fit(model, rooms), proven);
    }
}
