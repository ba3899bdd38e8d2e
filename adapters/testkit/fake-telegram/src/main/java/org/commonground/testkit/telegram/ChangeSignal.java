package org.commonground.testkit.telegram;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Wakes whoever waits for a condition on the fake whenever its state changes, so that tests wait
 * for what they expect instead of sleeping. A short recheck interval also catches conditions on
 * state outside the fake, such as what the bot under test has stored.
 */
final class ChangeSignal {

    private static final long RECHECK_MILLIS = 20;

    private long version;

    synchronized void changed() {
        version++;
        notifyAll();
    }

    /**
     * The condition is evaluated without holding this monitor, so it may take any lock of the fake
     * while request threads, which signal here, hold them.
     */
    void await(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long seen = version();
            if (condition.getAsBoolean()) {
                return;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("The awaited condition did not hold within " + timeout);
            }
            waitForChange(seen, Math.min(RECHECK_MILLIS, Math.max(1, left / 1_000_000)));
        }
    }

    private synchronized long version() {
        return version;
    }

    private synchronized void waitForChange(long seen, long millis) {
        if (version != seen) {
            return;
        }
        try {
            wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for a condition", e);
        }
    }
}
