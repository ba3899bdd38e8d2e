package org.commonground.core.openspace.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commonground.core.domain.MemberRef;

/**
 * A problem as arrays, built once: attendance, which spaces each session may use, how many people
 * chose each pair of sessions, and which pairs share a host.
 *
 * <p>Costs are one number ordered like the goals: first as few sessions left out as possible, then
 * the least interest left out, then as few clashes as possible. The weights make each goal worth
 * more than any amount of the next.
 */
final class SchedulingModel {

    final int sessions;
    /** The number of time slots; as a slot index it means "not placed". */
    final int slots;
    final int rooms;
    final int[] capacity;
    final int[] attendance;
    /** How many of the biggest spaces the session may use: those that hold everyone, or all if none does. */
    final int[] reach;
    /** How many people chose both sessions; zero on the diagonal. */
    final int[][] together;
    final boolean[][] shareHost;
    final long clashWeight = 1;
    final long attendanceWeight;
    final long placeWeight;
    private final int biggest;

    SchedulingModel(ScheduleProblem problem) {
        sessions = problem.demands().size();
        slots = problem.slots();
        rooms = problem.capacities().size();
        capacity = problem.capacities().stream().mapToInt(Integer::intValue).toArray();
        biggest = problem.capacities().stream().mapToInt(Integer::intValue).max().orElseThrow();
        attendance = new int[sessions];
        reach = new int[sessions];
        together = new int[sessions][sessions];
        shareHost = new boolean[sessions][sessions];
        Map<MemberRef, List<Integer>> chosen = new HashMap<>();
        Map<MemberRef, List<Integer>> hosted = new HashMap<>();
        long totalAttendance = 0;
        for (int p = 0; p < sessions; p++) {
            Demand demand = problem.demands().get(p);
            attendance[p] = demand.attendance();
            totalAttendance += attendance[p];
            reach[p] = reachOf(attendance[p]);
            for (MemberRef person : demand.people()) {
                chosen.computeIfAbsent(person, k -> new ArrayList<>()).add(p);
            }
            for (MemberRef host : demand.hosts()) {
                hosted.computeIfAbsent(host, k -> new ArrayList<>()).add(p);
            }
        }
        long totalTogether = 0;
        for (List<Integer> own : chosen.values()) {
            totalTogether += pairs(own, (p, q) -> {
                together[p][q]++;
                together[q][p]++;
            });
        }
        for (List<Integer> own : hosted.values()) {
            pairs(own, (p, q) -> {
                shareHost[p][q] = true;
                shareHost[q][p] = true;
            });
        }
        attendanceWeight = totalTogether + 1;
        placeWeight = (totalAttendance + 1) * attendanceWeight;
    }

    /** What leaving the session out costs. */
    long unplacedCost(int session) {
        return placeWeight + attendance[session] * attendanceWeight;
    }

    /** Whether the space may hold the session: it holds everyone, or no space does. */
    boolean fits(int session, int room) {
        return attendance[session] <= capacity[room] || attendance[session] > biggest;
    }

    private int reachOf(int people) {
        int fitting = 0;
        for (int c : capacity) {
            if (c >= people) {
                fitting++;
            }
        }
        return fitting == 0 ? rooms : fitting;
    }

    private interface PairAction {
        void apply(int p, int q);
    }

    private static long pairs(List<Integer> members, PairAction action) {
        long count = 0;
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                action.apply(members.get(i), members.get(j));
                count++;
            }
        }
        return count;
    }
}
