package org.commonground.core.openspace.schedule;

import java.util.List;

import org.commonground.core.openspace.Booking;

/**
 * A scheduler's answer.
 *
 * @param clashes  pairs of sessions chosen by one person that run in the same slot, summed over people
 * @param roomFit  how well big sessions sit in big spaces: attendance times capacity, summed
 * @param proven   whether the search was exhaustive, so that no better agenda exists for this input
 */
public record Schedule(List<Booking> bookings, List<Unplaced> unplaced, int clashes, long roomFit, boolean proven) {

    public Schedule {
        bookings = List.copyOf(bookings);
        unplaced = List.copyOf(unplaced);
    }
}
