package org.commonground.core.openspace.schedule;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonground.core.domain.MemberRef;
import org.commonground.core.openspace.Booking;

/**
 * Judges a schedule from first principles, independently of the scheduler's own bookkeeping: whether
 * it keeps the hard rules, and its goals as one comparable value.
 */
record ScheduleQuality(int unplaced, int unplacedAttendance, int clashes, long roomFit)
        implements Comparable<ScheduleQuality> {

    /** Better first: fewer left out, less interest left out, fewer clashes, then a bigger fit. */
    @Override
    public int compareTo(ScheduleQuality other) {
        if (unplaced != other.unplaced) {
            return Integer.compare(unplaced, other.unplaced);
        }
        if (unplacedAttendance != other.unplacedAttendance) {
            return Integer.compare(unplacedAttendance, other.unplacedAttendance);
        }
        if (clashes != other.clashes) {
            return Integer.compare(clashes, other.clashes);
        }
        return Long.compare(other.roomFit, roomFit);
    }

    /** The quality of the bookings; fails the test if they break a hard rule. */
    static ScheduleQuality of(ScheduleProblem problem, List<Booking> bookings) {
        ScheduleQuality quality = judge(problem, bookings);
        if (quality == null) {
            throw new AssertionError("The schedule breaks a hard rule: " + bookings);
        }
        return quality;
    }

    /**
     * The quality of the bookings, or null if they break a hard rule: two sessions in one place, a
     * host in two places at once, or a space too small where a big enough one exists.
     */
    static ScheduleQuality judge(ScheduleProblem problem, List<Booking> bookings) {
        Map<Long, Demand> demands = new HashMap<>();
        problem.demands().forEach(d -> demands.put(d.sessionId(), d));
        int biggest = problem.capacities().stream().mapToInt(Integer::intValue).max().orElseThrow();
        Set<List<Integer>> places = new HashSet<>();
        Map<MemberRef, Map<Integer, Integer>> chosenPerSlot = new HashMap<>();
        Set<List<Object>> hostsBusy = new HashSet<>();
        int placedAttendance = 0;
        long fit = 0;
        for (Booking booking : bookings) {
            Demand demand = demands.get(booking.sessionId());
            int capacity = problem.capacities().get(booking.space());
            if (booking.slot() >= problem.slots() || !places.add(List.of(booking.slot(), booking.space()))
                    || demand.attendance() <= biggest && demand.attendance() > capacity) {
                return null;
            }
            for (MemberRef host : demand.hosts()) {
                if (!hostsBusy.add(List.of(host, booking.slot()))) {
                    return null;
                }
            }
            demand.people().forEach(person -> chosenPerSlot.computeIfAbsent(person, k -> new HashMap<>())
                    .merge(booking.slot(), 1, Integer::sum));
            placedAttendance += demand.attendance();
            fit += (long) demand.attendance() * capacity;
        }
        int clashes = 0;
        for (Map<Integer, Integer> perSlot : chosenPerSlot.values()) {
            for (int k : perSlot.values()) {
                clashes += k * (k - 1) / 2;
            }
        }
        int totalAttendance = problem.demands().stream().mapToInt(Demand::attendance).sum();
        return new ScheduleQuality(problem.demands().size() - bookings.size(), totalAttendance - placedAttendance,
                clashes, fit);
    }
}
