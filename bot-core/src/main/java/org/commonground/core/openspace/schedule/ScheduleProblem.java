package org.commonground.core.openspace.schedule;

import java.util.List;

/**
 * What to schedule: the sessions, how many time slots there are, and the capacity of each space.
 *
 * @param demands    in a fixed order; the same order gives the same schedule
 * @param capacities one per space, in the spaces' order
 */
public record ScheduleProblem(int slots, List<Integer> capacities, List<Demand> demands) {

    public ScheduleProblem {
        capacities = List.copyOf(capacities);
        demands = List.copyOf(demands);
        if (slots < 1) {
            throw new IllegalArgumentException("There are no time slots to schedule into.");
        }
        if (capacities.isEmpty()) {
            throw new IllegalArgumentException("There are no spaces to schedule into.");
        }
        if (capacities.stream().anyMatch(c -> c < 1)) {
            throw new IllegalArgumentException("Every space needs a capacity of at least one person.");
        }
    }
}
