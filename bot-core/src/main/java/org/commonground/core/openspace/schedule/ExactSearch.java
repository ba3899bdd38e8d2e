package org.commonground.core.openspace.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Branch and bound over every placement, seeded with a good one, within a work budget. When it
 * finishes, its answer is the best there is: fewest sessions left out, least interest left out,
 * fewest clashes, then the best fit of sessions to spaces. Slots are alike, so a session is tried in
 * at most one empty slot; a branch is cut when even its most hopeful completion costs more than the
 * best found.
 */
final class ExactSearch {

    /** The best placement found; {@code complete} when the search was not cut short by its budget. */
    record Result(int[] slots, boolean complete) {
    }

    private final SchedulingModel model;
    private final int[] order;
    private final long budget;
    private final Assignment state;
    private long spent;
    private int[] bestSlots;
    private long bestCost;
    private long bestFit;

    ExactSearch(SchedulingModel model, int[] order, long budget) {
        this.model = model;
        this.order = order.clone();
        this.budget = budget;
        this.state = new Assignment(model);
    }

    Result search(int[] incumbent) {
        bestSlots = incumbent.clone();
        bestCost = Assignment.of(model, incumbent).cost();
        bestFit = RoomAssignment.fit(model, RoomAssignment.rooms(model, incumbent));
        boolean complete = descend(0, totalUnplacedCost());
        return new Result(bestSlots, complete);
    }

    /**
     * @param undecided what leaving out every session not yet decided would cost; those sessions
     *                  sit unplaced in the state, so the state's cost includes it
     * @return false once the budget is spent
     */
    private boolean descend(int depth, long undecided) {
        if (depth == order.length) {
            keepIfBetter();
            return true;
        }
        spent += (long) (order.length - depth) * (model.slots + 1) * (model.rooms + 1);
        if (spent > budget) {
            return false;
        }
        if (state.cost() - undecided + hopefulRest(depth) > bestCost) {
            return true;
        }
        int p = order[depth];
        long rest = undecided - model.unplacedCost(p);
        for (int slot : options(p)) {
            state.move(p, slot);
            boolean going = descend(depth + 1, rest);
            state.move(p, model.slots);
            if (!going) {
                return false;
            }
        }
        return descend(depth + 1, rest);
    }

    /** The least each undecided session can add: placing later only adds clashes. */
    private long hopefulRest(int depth) {
        long sum = 0;
        for (int i = depth; i < order.length; i++) {
            int p = order[i];
            long least = model.unplacedCost(p);
            for (int slot = 0; slot < model.slots; slot++) {
                if (state.clashIn(p, slot) < least && state.canMove(p, slot)) {
                    least = state.clashIn(p, slot);
                }
            }
            sum += least;
        }
        return sum;
    }

    /** The slots worth trying, fewest clashes first: those in use, and the first empty one. */
    private List<Integer> options(int p) {
        List<Integer> slots = new ArrayList<>();
        boolean emptyTried = false;
        for (int slot = 0; slot < model.slots; slot++) {
            boolean empty = state.size(slot) == 0;
            if (empty && emptyTried || !state.canMove(p, slot)) {
                continue;
            }
            emptyTried |= empty;
            slots.add(slot);
        }
        slots.sort(Comparator.comparingInt((Integer slot) -> state.clashIn(p, slot)));
        return slots;
    }

    private void keepIfBetter() {
        long cost = state.cost();
        if (cost > bestCost) {
            return;
        }
        int[] slots = state.slots();
        long fit = RoomAssignment.fit(model, RoomAssignment.rooms(model, slots));
        if (cost < bestCost || fit > bestFit) {
            bestCost = cost;
            bestFit = fit;
            bestSlots = slots;
        }
    }

    private long totalUnplacedCost() {
        long sum = 0;
        for (int p = 0; p < model.sessions; p++) {
            sum += model.unplacedCost(p);
        }
        return sum;
    }
}
