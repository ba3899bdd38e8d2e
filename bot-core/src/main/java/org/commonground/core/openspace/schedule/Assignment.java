package org.commonground.core.openspace.schedule;

/**
 * Which slot each session is in, with running sums that make the cost of a move known at once: for
 * each session and slot, the clashes it would have there and the sessions there that share a host
 * with it; for each slot, how its sessions crowd the big spaces.
 */
final class Assignment {

    private final SchedulingModel model;
    private final int unplaced;
    private final int[] slotOf;
    private final int[][] clashIn;
    private final int[][] hostsIn;
    /** For each slot and r from 1: how many of its sessions may use only the r biggest spaces or fewer. */
    private final int[][] crowding;
    private final int[] size;
    private long cost;
    private int clashes;
    private int unplacedCount;

    /** Every session unplaced. */
    Assignment(SchedulingModel model) {
        this.model = model;
        this.unplaced = model.slots;
        slotOf = new int[model.sessions];
        clashIn = new int[model.sessions][model.slots];
        hostsIn = new int[model.sessions][model.slots];
        crowding = new int[model.slots][model.rooms + 1];
        size = new int[model.slots];
        for (int p = 0; p < model.sessions; p++) {
            slotOf[p] = unplaced;
            cost += model.unplacedCost(p);
        }
        unplacedCount = model.sessions;
    }

    /** The given placement, which must keep every hard rule. */
    static Assignment of(SchedulingModel model, int[] slots) {
        Assignment assignment = new Assignment(model);
        for (int p = 0; p < slots.length; p++) {
            if (slots[p] != assignment.unplaced) {
                assignment.move(p, slots[p]);
            }
        }
        return assignment;
    }

    int slotOf(int session) {
        return slotOf[session];
    }

    int clashIn(int session, int slot) {
        return clashIn[session][slot];
    }

    /** The session's clashes in each slot, live: for the tight loops of the search, not to be changed. */
    int[] clashRow(int session) {
        return clashIn[session];
    }

    int size(int slot) {
        return size[slot];
    }

    long cost() {
        return cost;
    }

    int clashes() {
        return clashes;
    }

    int unplacedCount() {
        return unplacedCount;
    }

    int[] slots() {
        return slotOf.clone();
    }

    /** Whether the session may go into the slot as things are: no host away, and space enough. */
    boolean canMove(int p, int slot) {
        return slot == unplaced || slot != slotOf[p] && hostsIn[p][slot] == 0 && roomFor(slot, p, -1);
    }

    /** Whether two sessions in different slots may trade places. */
    boolean canSwap(int p, int q) {
        int from = slotOf[p];
        int to = slotOf[q];
        int shared = model.shareHost[p][q] ? 1 : 0;
        return from != to
                && (to == unplaced || hostsIn[p][to] - shared == 0 && roomFor(to, p, q))
                && (from == unplaced || hostsIn[q][from] - shared == 0 && roomFor(from, q, p));
    }

    long moveDelta(int p, int slot) {
        return costAt(p, slot, -1) - costAt(p, slotOf[p], -1);
    }

    long swapDelta(int p, int q) {
        int from = slotOf[p];
        int to = slotOf[q];
        return costAt(p, to, q) - costAt(p, from, -1) + costAt(q, from, p) - costAt(q, to, -1);
    }

    void move(int p, int slot) {
        int from = slotOf[p];
        if (from == unplaced) {
            cost -= model.unplacedCost(p);
            unplacedCount--;
        } else {
            leave(p, from);
        }
        slotOf[p] = slot;
        if (slot == unplaced) {
            cost += model.unplacedCost(p);
            unplacedCount++;
        } else {
            enter(p, slot);
        }
    }

    void swap(int p, int q) {
        int from = slotOf[p];
        move(p, slotOf[q]);
        move(q, from);
    }

    /** What the session costs in the slot, with {@code leaving} gone from it (or -1). */
    private long costAt(int p, int slot, int leaving) {
        if (slot == unplaced) {
            return model.unplacedCost(p);
        }
        return clashIn[p][slot] - (leaving < 0 ? 0 : model.together[p][leaving]);
    }

    /** Whether the slot has a fitting space for {@code adding} once {@code removing} (or -1) has left. */
    private boolean roomFor(int slot, int adding, int removing) {
        int freed = removing < 0 ? model.rooms + 1 : model.reach[removing];
        for (int r = model.reach[adding]; r <= model.rooms; r++) {
            if (crowding[slot][r] + 1 - (freed <= r ? 1 : 0) > r) {
                return false;
            }
        }
        return true;
    }

    private void leave(int p, int slot) {
        update(p, slot, -1);
        clashes -= clashIn[p][slot];
        cost -= clashIn[p][slot] * model.clashWeight;
    }

    private void enter(int p, int slot) {
        clashes += clashIn[p][slot];
        cost += clashIn[p][slot] * model.clashWeight;
        update(p, slot, 1);
    }

    private void update(int p, int slot, int sign) {
        for (int q = 0; q < model.sessions; q++) {
            clashIn[q][slot] += sign * model.together[q][p];
            if (model.shareHost[q][p]) {
                hostsIn[q][slot] += sign;
            }
        }
        for (int r = model.reach[p]; r <= model.rooms; r++) {
            crowding[slot][r] += sign;
        }
        size[slot] += sign;
    }
}
