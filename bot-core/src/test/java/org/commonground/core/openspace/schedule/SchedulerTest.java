package org.commonground.core.openspace.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.commonground.core.domain.MemberRef;
import org.commonground.core.openspace.Booking;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    private final Scheduler scheduler = new Scheduler();

    @Test
    void matchesTheExhaustiveOptimumOnSmallOpenSpaces() {
        Random random = new Random(7);
        for (int i = 0; i < 150; i++) {
            ScheduleProblem problem = smallProblem(random);
            Schedule schedule = scheduler.schedule(problem);

            assertThat(schedule.proven()).as("instance %d", i).isTrue();
            assertThat(ScheduleQuality.of(problem, schedule.bookings()))
                    .as("instance %d: %s", i, problem)
                    .isEqualTo(ExhaustiveSearch.optimum(problem));
        }
    }

    @Test
    void reportsItsOwnClashesAndFitTruthfully() {
        ScheduleProblem problem = smallProblem(new Random(11));
        Schedule schedule = scheduler.schedule(problem);
        ScheduleQuality quality = ScheduleQuality.of(problem, schedule.bookings());

        assertThat(schedule.clashes()).isEqualTo(quality.clashes());
        assertThat(schedule.roomFit()).isEqualTo(quality.roomFit());
    }

    @Test
    void sessionsSharingAHostNeverRunTogether() {
        MemberRef lena = person(0);
        ScheduleProblem problem = new ScheduleProblem(2, List.of(30, 30), List.of(
                new Demand(1, Set.of(lena), Set.of()),
                new Demand(2, Set.of(person(1), lena), Set.of()),
                new Demand(3, Set.of(person(2)), Set.of())));

        List<Booking> bookings = scheduler.schedule(problem).bookings();

        assertThat(slotOf(bookings, 1)).isNotEqualTo(slotOf(bookings, 2));
        assertThat(bookings).hasSize(3);
    }

    @Test
    void peopleInterestedInTwoSessionsFindThemInDifferentSlots() {
        List<MemberRef> people = people(6);
        ScheduleProblem problem = new ScheduleProblem(2, List.of(10, 10), List.of(
                new Demand(1, Set.of(people.get(0)), Set.of(people.get(4))),
                new Demand(2, Set.of(people.get(1)), Set.of(people.get(4))),
                new Demand(3, Set.of(people.get(2)), Set.of(people.get(5))),
                new Demand(4, Set.of(people.get(3)), Set.of(people.get(5)))));

        Schedule schedule = scheduler.schedule(problem);

        assertThat(schedule.clashes()).isZero();
        assertThat(slotOf(schedule.bookings(), 1)).isNotEqualTo(slotOf(schedule.bookings(), 2));
        assertThat(slotOf(schedule.bookings(), 3)).isNotEqualTo(slotOf(schedule.bookings(), 4));
    }

    @Test
    void theBiggestSessionGetsTheBiggestSpaceAndATooBigOneTheBiggestFree() {
        List<MemberRef> people = people(60);
        ScheduleProblem problem = new ScheduleProblem(1, List.of(5, 50, 20), List.of(
                new Demand(1, Set.of(people.get(0)), Set.copyOf(people.subList(1, 4))),
                new Demand(2, Set.of(people.get(4)), Set.copyOf(people.subList(5, 40))),
                new Demand(3, Set.of(people.get(40)), Set.copyOf(people.subList(41, 52)))));

        List<Booking> bookings = scheduler.schedule(problem).bookings();

        assertThat(spaceOf(bookings, 2)).isEqualTo(1);
        assertThat(spaceOf(bookings, 3)).isEqualTo(2);
        assertThat(spaceOf(bookings, 1)).isEqualTo(0);
    }

    @Test
    void sessionsThatCannotBePlacedAreReportedWithTheirReason() {
        MemberRef busy = person(0);
        ScheduleProblem hostEverywhere = new ScheduleProblem(2, List.of(10, 10), List.of(
                new Demand(1, Set.of(busy), Set.of()), new Demand(2, Set.of(busy), Set.of()),
                new Demand(3, Set.of(busy), Set.of())));
        assertThat(scheduler.schedule(hostEverywhere).unplaced())
                .containsExactly(new Unplaced(3, Unplaced.Reason.HOST_IN_EVERY_SLOT));

        List<MemberRef> people = people(8);
        ScheduleProblem crowded = new ScheduleProblem(1, List.of(10, 10), List.of(
                new Demand(1, Set.of(people.get(0)), Set.of(people.get(3), people.get(4))),
                new Demand(2, Set.of(people.get(1)), Set.of()),
                new Demand(3, Set.of(people.get(2)), Set.of(people.get(5)))));
        assertThat(scheduler.schedule(crowded).unplaced())
                .containsExactly(new Unplaced(2, Unplaced.Reason.NO_PLACE_LEFT));

        ScheduleProblem tooBig = new ScheduleProblem(2, List.of(3, 1), List.of(
                new Demand(1, Set.of(people.get(0)), Set.of(people.get(3), people.get(4))),
                new Demand(2, Set.of(people.get(1)), Set.of(people.get(5), people.get(6))),
                new Demand(3, Set.of(people.get(2)), Set.of(people.get(7), people.get(5)))));
        assertThat(scheduler.schedule(tooBig).unplaced()).extracting(Unplaced::reason)
                .containsExactly(Unplaced.Reason.NO_SPACE_BIG_ENOUGH);
    }

    @Test
    void theSameInputGivesTheSameAgenda() {
        ScheduleProblem problem = mediumProblem(new Random(3), 40, 5, 8, 150);
        ScheduleProblem again = new ScheduleProblem(problem.slots(), new ArrayList<>(problem.capacities()),
                new ArrayList<>(problem.demands()));

        assertThat(scheduler.schedule(again)).isEqualTo(scheduler.schedule(problem));
    }

    @Test
    void aLargerOpenSpaceKeepsEveryRuleAndPlacesEverySession() {
        ScheduleProblem problem = mediumProblem(new Random(5), 60, 6, 10, 300);
        Schedule schedule = scheduler.schedule(problem);

        ScheduleQuality quality = ScheduleQuality.of(problem, schedule.bookings());
        assertThat(quality.unplaced()).isZero();
        assertThat(schedule.clashes()).isEqualTo(quality.clashes());
    }

    private static ScheduleProblem smallProblem(Random random) {
        int slots = 1 + random.nextInt(3);
        int spaces = 1 + random.nextInt(Math.max(1, 6 / slots));
        int sessions = 2 + random.nextInt(5);
        List<MemberRef> people = people(3 + random.nextInt(6));
        List<Integer> capacities = new ArrayList<>();
        for (int s = 0; s < spaces; s++) {
            capacities.add(1 + random.nextInt(6));
        }
        List<Demand> demands = new ArrayList<>();
        for (int p = 0; p < sessions; p++) {
            Set<MemberRef> hosts = new HashSet<>();
            hosts.add(people.get(random.nextInt(people.size())));
            if (random.nextInt(5) == 0) {
                hosts.add(people.get(random.nextInt(people.size())));
            }
            Set<MemberRef> interested = people.stream().filter(x -> random.nextInt(100) < 35).collect(Collectors.toSet());
            demands.add(new Demand(100 + p, hosts, interested));
        }
        return new ScheduleProblem(slots, capacities, demands);
    }

    /** Sessions with skewed popularity (a few draw many people, most a handful) in spaces that hold them all. */
    static ScheduleProblem mediumProblem(Random random, int sessions, int slots, int spaces, int participants) {
        List<MemberRef> people = people(participants);
        List<Set<MemberRef>> interested = new ArrayList<>();
        for (int p = 0; p < sessions; p++) {
            interested.add(new HashSet<>());
        }
        for (MemberRef person : people) {
            int choices = 2 + random.nextInt(5);
            for (int c = 0; c < choices; c++) {
                int session = (int) Math.min(sessions - 1, Math.floor(Math.pow(random.nextDouble(), 1.6) * sessions));
                interested.get(session).add(person);
            }
        }
        // Space s holds the session ranked s × slots by interest (and its host), so that all fit.
        List<Integer> sizes = interested.stream().map(set -> set.size() + 1).sorted((a, b) -> b - a).toList();
        List<Integer> capacities = new ArrayList<>();
        for (int s = 0; s < spaces; s++) {
            capacities.add(sizes.get(Math.min(sizes.size() - 1, s * slots)) + 1);
        }
        List<Demand> demands = new ArrayList<>();
        for (int p = 0; p < sessions; p++) {
            demands.add(new Demand(p + 1, Set.of(people.get((p * 7) % participants)), interested.get(p)));
        }
        return new ScheduleProblem(slots, capacities, demands);
    }

    private static int slotOf(List<Booking> bookings, long session) {
        return bookings.stream().filter(b -> b.sessionId() == session).findFirst().orElseThrow().slot();
    }

    private static int spaceOf(List<Booking> bookings, long session) {
        return bookings.stream().filter(b -> b.sessionId() == session).findFirst().orElseThrow().space();
    }

    private static MemberRef person(int i) {
        return new MemberRef("test", "p" + i);
    }

    private static List<MemberRef> people(int count) {
        List<MemberRef> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(person(i));
        }
        return people;
    }
}
