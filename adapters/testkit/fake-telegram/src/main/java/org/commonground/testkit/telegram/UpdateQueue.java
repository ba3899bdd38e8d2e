package org.commonground.testkit.telegram;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bot's pending updates and getUpdates on them. An update stays until a poll confirms it by
 * asking for a higher offset, so a new poller after a restart gets every unconfirmed one again. A
 * poll waits until an update arrives or its timeout passes; a newer poll terminates a waiting older
 * one with 409, as Telegram does when two bot instances run.
 */
final class UpdateQueue {

    static final String CONFLICT =
            "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running";

    /** What an empty or never-given allowed_updates leaves out. */
    private static final Set<String> LEFT_OUT_BY_DEFAULT =
            Set.of("chat_member", "message_reaction", "message_reaction_count");

    private record Pending(int id, String json) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private final Duration longestPoll;
    private final ChangeSignal signal;
    private Set<String> allowed;
    private int lastId;
    private Object waitingPoll;
    private boolean closed;

    UpdateQueue(Duration longestPoll, ChangeSignal signal) {
        this.longestPoll = longestPoll;
        this.signal = signal;
    }

    /**
     * Queues an update unless the bot's current allowed_updates leaves its kind out; like Telegram,
     * the filter applies when an update is created, not when it is fetched.
     */
    void offer(String kind, ObjectNode payload) {
        lock.lock();
        try {
            if (allowed == null ? LEFT_OUT_BY_DEFAULT.contains(kind) : !allowed.contains(kind)) {
                return;
            }
            lastId++;
            pending.add(new Pending(lastId, "{\"update_id\":" + lastId + ",\"" + kind + "\":" + Json.write(payload) + "}"));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        signal.changed();
    }

    /**
     * getUpdates: confirms what lies below the offset, then returns up to limit updates, waiting up
     * to timeout for the first. A null offset or allowed list means "as before".
     */
    ArrayNode poll(Long offset, int limit, Duration timeout, List<String> allowedUpdates) {
        lock.lock();
        try {
            if (allowedUpdates != null) {
                allowed = allowedUpdates.isEmpty() ? null : Set.copyOf(allowedUpdates);
            }
            confirm(offset);
            Object poll = new Object();
            waitingPoll = poll;
            changed.signalAll();
            long nanos = (timeout.compareTo(longestPoll) < 0 ? timeout : longestPoll).toNanos();
            while (pending.isEmpty() && waitingPoll == poll && !closed && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
            if (waitingPoll != poll) {
                throw ApiError.of(409, CONFLICT);
            }
            waitingPoll = null;
            return batch(limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Json.array();
        } finally {
            lock.unlock();
            signal.changed();
        }
    }

    private void confirm(Long offset) {
        if (offset == null) {
            return;
        }
        if (offset < 0) {
            while (pending.size() > -offset) {
                pending.removeFirst();
            }
            return;
        }
        while (!pending.isEmpty() && pending.peekFirst().id() < offset) {
            pending.removeFirst();
        }
    }

    private ArrayNode batch(int limit) {
        ArrayNode updates = Json.array();
        Iterator<Pending> next = pending.iterator();
        while (next.hasNext() && updates.size() < limit) {
            updates.addRawValue(new RawValue(next.next().json()));
        }
        return updates;
    }

    /** deleteWebhook with drop_pending_updates. */
    void dropPending() {
        lock.lock();
        try {
            pending.clear();
        } finally {
            lock.unlock();
        }
    }

    int pendingCount() {
        lock.lock();
        try {
            return pending.size();
        } finally {
            lock.unlock();
        }
    }

    /** Lets every waiting poll return at once, empty, so that the server can stop. */
    void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
