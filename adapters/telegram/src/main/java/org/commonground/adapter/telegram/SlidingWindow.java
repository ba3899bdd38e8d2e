package org.commonground.adapter.telegram;

import java.util.ArrayDeque;

/**
 * At most {@code limit} events in any span of {@code windowMillis}: stricter than a token bucket
 * of the same numbers, which would let a full burst follow a full window.
 */
final class SlidingWindow {

    private final int limit;
    private final long windowMillis;
    private final ArrayDeque<Long> times = new ArrayDeque<>();

    SlidingWindow(int limit, long windowMillis) {
        this.limit = limit;
        this.windowMillis = windowMillis;
    }

    /** Milliseconds until one more event fits; 0 when it fits now. */
    long waitMillis(long now) {
        while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
            times.removeFirst();
        }
        return times.size() < limit ? 0 : times.peekFirst() + windowMillis - now;
    }

    void record(long now) {
        times.addLast(now);
    }

    boolean idle(long now) {
        return waitMillis(now) == 0 && times.isEmpty();
    }
}
