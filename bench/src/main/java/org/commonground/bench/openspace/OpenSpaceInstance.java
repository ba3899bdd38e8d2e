package org.commonground.bench.openspace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.commonground.core.domain.MemberRef;
import org.commonground.core.openspace.schedule.Demand;
import org.commonground.core.openspace.schedule.ScheduleProblem;

/**
 * A large open space made up the way a real one behaves, from a fixed seed: proposers are among the
 * participants, one session in ten has a co-host, each participant says they are interested in 3 to
 * 8 sessions, and popularity is skewed (a few sessions draw crowds, most draw a handful). Every place
 * is needed, and the spaces' capacities are spread so that every session can get a space that holds
 * it — the hardest case for the capacity rule.
 */
final class OpenSpaceInstance {

    private OpenSpaceInstance() {
    }

    static ScheduleProblem generate(long seed, int sessions, int slots, int spaces, int participants) {
        Random random = new Random(seed);
        List<MemberRef> people = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            people.add(new MemberRef("bench", "p" + i));
        }
        List<Set<MemberRef>> hosts = new ArrayList<>();
        List<Set<MemberRef>> interested = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            Set<MemberRef> own = new HashSet<>();
            own.add(people.get(random.nextInt(participants)));
            if (random.nextInt(10) == 0) {
                own.add(people.get(random.nextInt(participants)));
            }
            hosts.add(own);
            interested.add(new HashSet<>());
        }
        for (MemberRef person : people) {
            int choices = 3 + random.nextInt(6);
            for (int c = 0; c < choices; c++) {
                interested.get(skewed(random, sessions)).add(person);
            }
        }
        List<Demand> demands = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            demands.add(new Demand(s + 1, hosts.get(s), interested.get(s)));
        }
        return new ScheduleProblem(slots, capacities(demands, slots, spaces), demands);
    }

    /** A session index, low ones far more likely: popularity falls off like a power law. */
    private static int skewed(Random random, int sessions) {
        return Math.min(sessions - 1, (int) (Math.pow(random.nextDouble(), 2.0) * sessions));
    }

    /** Space r holds the session ranked r × slots by attendance, with a tenth to spare. */
    private static List<Integer> capacities(List<Demand> demands, int slots, int spaces) {
        List<Integer> sizes = demands.stream().map(Demand::attendance).sorted((a, b) -> b - a).toList();
        List<Integer> capacities = new ArrayList<>();
        for (int r = 0; r < spaces; r++) {
            int size = sizes.get(Math.min(sizes.size() - 1, r * slots));
            capacities.add(size + Math.max(1, size / 10));
        }
        return capacities;
    }
}
