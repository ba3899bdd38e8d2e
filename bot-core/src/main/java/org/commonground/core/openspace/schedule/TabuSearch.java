package org.commonground.core.openspace.schedule;

import java.util.Random;

/**
 * Improves an assignment by tabu search: each step takes the best move — a session to a slot with a
 * free fitting space, or two sessions trading slots — even when it makes things worse, and forbids
 * the sessions to go straight back for a few steps, so that the search leaves a local optimum
 * instead of circling in it. The best assignment seen is kept. A fixed seed keeps it deterministic.
 */
final class TabuSearch {

    private final Assignment state;
    private final SchedulingModel model;
    private final int[][] tabuUntil;
    private final Random random;
    private int step;
    private int bestP;
    private int bestQ;
    private int bestSlot;
    private long bestDelta;

    private TabuSearch(Assignment state, SchedulingModel model) {
        this.state = state;
        this.model = model;
        this.tabuUntil = new int[model.sessions][model.slots + 1];
        this.random = new Random(model.sessions * 31L + model.slots);
    }

    /**
     * Searches for at most {@code steps} steps, stopping early after {@code patience} steps without a
     * new best, or once nothing is left out and nobody has a clash.
     *
     * @return the best slots found
     */
    static int[] improve(Assignment start, SchedulingModel model, int steps, int patience) {
        return new TabuSearch(start, model).run(steps, patience);
    }

    private int[] run(int steps, int patience) {
        int[] best = state.slots();
        long bestCost = state.cost();
        int sinceBest = 0;
        for (step = 0; step < steps && sinceBest < patience; step++) {
            if (state.clashes() == 0 && state.unplacedCount() == 0 || !chooseMove(bestCost)) {
                break;
            }
            apply();
            if (state.cost() < bestCost) {
                bestCost = state.cost();
                best = state.slots();
                sinceBest = 0;
            } else {
                sinceBest++;
            }
        }
        return best;
    }

    /** Finds the best allowed move; a forbidden one is allowed only when it beats the best so far. */
    private boolean chooseMove(long bestCost) {
        bestDelta = Long.MAX_VALUE;
        bestP = -1;
        long now = state.cost();
        for (int p = 0; p < model.sessions; p++) {
            for (int t = 0; t < model.slots; t++) {
                long delta = state.moveDelta(p, t);
                if (delta < bestDelta && allowed(p, t, now + delta, bestCost) && state.canMove(p, t)) {
                    choose(p, -1, t, delta);
                }
            }
        }
        for (int p = 0; p < model.sessions; p++) {
            int from = state.slotOf(p);
            int[] clashesOfP = state.clashRow(p);
            int[] withP = model.together[p];
            for (int q = p + 1; q < model.sessions; q++) {
                int to = state.slotOf(q);
                if (from == to) {
                    continue;
                }
                long delta = from == model.slots || to == model.slots ? state.swapDelta(p, q)
                        : quickSwapDelta(clashesOfP, state.clashRow(q), from, to, withP[q]);
                if (delta < bestDelta && allowed(p, to, now + delta, bestCost) && allowed(q, from, now + delta, bestCost)
                        && state.canSwap(p, q)) {
                    choose(p, q, to, delta);
                }
            }
        }
        return bestP >= 0;
    }

    /** {@link Assignment#swapDelta} for two placed sessions, written out for the hottest loop. */
    private static long quickSwapDelta(int[] clashesOfP, int[] clashesOfQ, int from, int to, int together) {
        return clashesOfP[to] - clashesOfP[from] + clashesOfQ[from] - clashesOfQ[to] - 2L * together;
    }

    private boolean allowed(int session, int slot, long cost, long bestCost) {
        return tabuUntil[session][slot] <= step || cost < bestCost;
    }

    private void choose(int p, int q, int slot, long delta) {
        bestP = p;
        bestQ = q;
        bestSlot = slot;
        bestDelta = delta;
    }

    private void apply() {
        int from = state.slotOf(bestP);
        tabuUntil[bestP][from] = step + tenure();
        if (bestQ < 0) {
            state.move(bestP, bestSlot);
        } else {
            tabuUntil[bestQ][bestSlot] = step + tenure();
            state.swap(bestP, bestQ);
        }
    }

    private int tenure() {
        return 4 + random.nextInt(8);
    }
}
