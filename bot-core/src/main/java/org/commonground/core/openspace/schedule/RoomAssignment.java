package org.commonground.core.openspace.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gives the sessions of each slot their spaces: every session a space that holds everyone (where any
 * space can), and among those assignments the one where big sessions sit in big spaces — the most
 * attendance times capacity — found exactly as an assignment problem (Hungarian method).
 */
final class RoomAssignment {

    private static final long FORBIDDEN = 1L << 40;
    private static final long INFINITE = Long.MAX_VALUE / 4;

    private RoomAssignment() {
    }

    /** The space of each session, or -1 for a session that is not placed. */
    static int[] rooms(SchedulingModel model, int[] slotOf) {
        int[] roomOf = new int[model.sessions];
        Arrays.fill(roomOf, -1);
        for (int slot = 0; slot < model.slots; slot++) {
            List<Integer> members = new ArrayList<>();
            for (int p = 0; p < model.sessions; p++) {
                if (slotOf[p] == slot) {
                    members.add(p);
                }
            }
            if (members.isEmpty()) {
                continue;
            }
            long[][] cost = new long[members.size()][model.rooms];
            for (int i = 0; i < members.size(); i++) {
                int p = members.get(i);
                for (int room = 0; room < model.rooms; room++) {
                    cost[i][room] = model.fits(p, room) ? -(long) model.attendance[p] * model.capacity[room] : FORBIDDEN;
                }
            }
            int[] chosen = cheapest(cost);
            for (int i = 0; i < members.size(); i++) {
                roomOf[members.get(i)] = chosen[i];
            }
        }
        return roomOf;
    }

    /** Attendance times capacity, summed over the placed sessions. */
    static long fit(SchedulingModel model, int[] roomOf) {
        long fit = 0;
        for (int p = 0; p < model.sessions; p++) {
            if (roomOf[p] >= 0) {
                fit += (long) model.attendance[p] * model.capacity[roomOf[p]];
            }
        }
        return fit;
    }

    /**
     * Each row to its own column at the least total cost, for no more rows than columns: shortest
     * augmenting paths over reduced costs, one row at a time.
     */
    static int[] cheapest(long[][] cost) {
        int rows = cost.length;
        int cols = cost[0].length;
        long[] rowPotential = new long[rows + 1];
        long[] colPotential = new long[cols + 1];
        int[] rowAt = new int[cols + 1];
        int[] cameFrom = new int[cols + 1];
        for (int row = 1; row <= rows; row++) {
            rowAt[0] = row;
            int col = 0;
            long[] reach = new long[cols + 1];
            Arrays.fill(reach, INFINITE);
            boolean[] done = new boolean[cols + 1];
            while (rowAt[col] != 0) {
                done[col] = true;
                int from = rowAt[col];
                long step = INFINITE;
                int next = 0;
                for (int c = 1; c <= cols; c++) {
                    if (done[c]) {
                        continue;
                    }
                    long reduced = cost[from - 1][c - 1] - rowPotential[from] - colPotential[c];
                    if (reduced < reach[c]) {
                        reach[c] = reduced;
                        cameFrom[c] = col;
                    }
                    if (reach[c] < step) {
                        step = reach[c];
                        next = c;
                    }
                }
                for (int c = 0; c <= cols; c++) {
                    if (done[c]) {
                        rowPotential[rowAt[c]] += step;
                        colPotential[c] -= step;
                    } else {
                        reach[c] -= step;
                    }
                }
                col = next;
            }
            while (col != 0) {
                int previous = cameFrom[col];
                rowAt[col] = rowAt[previous];
                col = previous;
            }
        }
        int[] colOf = new int[rows];
        for (int c = 1; c <= cols; c++) {
            if (rowAt[c] != 0) {
                colOf[rowAt[c] - 1] = c - 1;
            }
        }
        return colOf;
    }
}
