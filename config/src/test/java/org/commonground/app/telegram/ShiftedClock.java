package org.commonground.app.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in a test: the real time, moved on by hand when the test wants the
 * application to be later (a slot about to start) without waiting for it. Copies in other zones
 * move with it.
 */
final class ShiftedClock extends Clock {

    private final AtomicReference<Duration> shift;
    private final ZoneId zone;

    ShiftedClock() {
        this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    private ShiftedClock(AtomicReference<Duration> shift, ZoneId zone) {
        this.shift = shift;
        this.zone = zone;
    }

    /** From now on the clock reads as if it were {@code at} now, and runs on from there. */
    void jumpTo(Instant at) {
        if (at.isBefore(instant())) {
            throw new IllegalArgumentException("The application's time only goes forward");
        }
        shift.set(Duration.between(Instant.now(), at));
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new ShiftedClock(shift, newZone);
    }
}
