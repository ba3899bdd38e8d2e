package org.commonground.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests where time must pass: the system clock, which a test may move
 * forward, so that what is due at a time (a reminder before a slot) comes due without waiting.
 */
final class MovableClock extends Clock {

    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

    /** From now on the clock reads {@code when} (and runs on from there); it never goes back. */
    void moveTo(Instant when) {
        Duration wanted = Duration.between(Instant.now(), when);
        ahead.updateAndGet(current -> wanted.compareTo(current) > 0 ? wanted : current);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead.get());
    }
}
