package org.commonground.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests where time must pass: the real time, which a test may move
 * forward, so that what is due at a time (a reminder before a slot) comes due without waiting.
 * Copies in other zones move with it.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Duration> ahead;
    private final ZoneId zone;

    public MovableClock() {
        this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    private MovableClock(AtomicReference<Duration> ahead, ZoneId zone) {
        this.ahead = ahead;
        this.zone = zone;
    }

    /** From now on the clock reads {@code when} (and runs on from there); it never goes back. */
    public void moveTo(Instant when) {
        Duration wanted = Duration.between(Instant.now(), when);
        ahead.updateAndGet(current -> wanted.compareTo(current) > 0 ? wanted : current);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MovableClock(ahead, newZone);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead.get());
    }
}
