package org.commonground.testkit.discord;

import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Predicate;

/** A thread-safe record of what happened, read as snapshots; past its limit the oldest entries go. */
final class Journal<T> {
    private final ArrayDeque<T> entries = new ArrayDeque<>();
    private final int limit;

    Journal(int limit) {
        this.limit = limit;
    }

    synchronized void add(T entry) {
        entries.addLast(entry);
        if (entries.size() > limit) {
            entries.removeFirst();
        }
    }

    synchronized boolean removeIf(Predicate<T> condition) {
        return entries.removeIf(condition);
    }

    synchronized List<T> snapshot() {
        return List.copyOf(entries);
    }
}
