package org.commonground.core.openspace.schedule;

import java.util.ArrayList;
import java.util.List;

import org.commonground.core.openspace.Booking;

/** Tries every way of putting sessions into places (or leaving them out) and keeps the best valid one. */
final class ExhaustiveSearch {

    private final ScheduleProblem problem;
    private final boolean[][] taken;
    private final List<Booking> current = new ArrayList<>();
    private ScheduleQuality best;

    private ExhaustiveSearch(ScheduleProblem problem) {
        this.problem = problem;
        this.taken = new boolean[problem.slots()][problem.capacities().size()];
    }

    static ScheduleQuality optimum(ScheduleProblem problem) {
        ExhaustiveSearch search = new ExhaustiveSearch(problem);
        search.visit(0);
        return search.best;
    }

    private void visit(int index) {
        if (index == problem.demands().size()) {
            ScheduleQuality quality = ScheduleQuality.judge(problem, current);
            if (quality != null && (best == null || quality.compareTo(best) < 0)) {
                best = quality;
            }
            return;
        }
        long id = problem.demands().get(index).sessionId();
        for (int slot = 0; slot < problem.slots(); slot++) {
            for (int space = 0; space < problem.capacities().size(); space++) {
                if (!taken[slot][space]) {
                    taken[slot][space] = true;
                    current.add(new Booking(id, slot, space));
                    visit(index + 1);
                    current.remove(current.size() - 1);
                    taken[slot][space] = false;
                }
            }
        }
        visit(index + 1);
    }
}
