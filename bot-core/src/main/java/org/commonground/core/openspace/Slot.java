package org.commonground.core.openspace;

import java.time.Duration;
import java.time.Instant;

/** A time in which sessions run side by side, one per space. */
public record Slot(Instant start, Duration length) {

    public Slot {
        if (start == null) {
            throw new IllegalArgumentException("A slot needs a start time.");
        }
        if (length == null || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("A slot needs a length, like 45m.");
        }
    }

    public Instant end() {
        return start.plus(length);
    }
}
