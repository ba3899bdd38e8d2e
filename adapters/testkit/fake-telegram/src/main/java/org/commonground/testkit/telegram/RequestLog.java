package org.commonground.testkit.telegram;

import java.util.ArrayDeque;
import java.util.List;

/** The most recent requests, bounded so that a long benchmark does not grow without end. */
final class RequestLog {

    private final int capacity;
    private final ArrayDeque<LoggedRequest> entries = new ArrayDeque<>();
    private int tooManyRequests;

    RequestLog(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(LoggedRequest request) {
        if (capacity > 0) {
            if (entries.size() == capacity) {
                entries.removeFirst();
            }
            entries.addLast(request);
        }
        if (request.status() == 429) {
            tooManyRequests++;
        }
    }

    synchronized List<LoggedRequest> snapshot() {
        return List.copyOf(entries);
    }

    /** Counted over all requests, also those that no longer fit in the log. */
    synchronized int tooManyRequests() {
        return tooManyRequests;
    }
}
