package org.commonground.testkit.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Failures a test arranges: the next calls of a method failing with a chosen status, and a flood
 * "storm" that refuses a seeded, so repeatable, fraction of outbound calls with 429.
 */
final class Faults {

    /** The calls a storm refuses: those that post or change what people see. */
    private static final Set<String> OUTBOUND =
            Set.of("sendmessage", "editmessagetext", "editmessagereplymarkup", "setmessagereaction");

    private final Map<String, Deque<ApiError>> planned = new HashMap<>();
    private final Random random;
    private double stormFraction;
    private int stormRetryAfter;

    Faults(long seed) {
        this.random = new Random(seed);
    }

    synchronized void failNext(String method, int times, int status, String description) {
        Deque<ApiError> failures = planned.computeIfAbsent(MethodTable.key(method), name -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            failures.add(ApiError.of(status, description));
        }
    }

    synchronized void storm(double fraction, int retryAfterSeconds) {
        stormFraction = fraction;
        stormRetryAfter = retryAfterSeconds;
    }

    /** Throws the failure arranged for this call of the method, if any. */
    synchronized void check(String method) {
        String key = MethodTable.key(method);
        Deque<ApiError> failures = planned.get(key);
        if (failures != null && !failures.isEmpty()) {
            throw failures.removeFirst();
        }
        if (OUTBOUND.contains(key) && stormFraction > 0 && random.nextDouble() < stormFraction) {
            throw ApiError.tooManyRequests(stormRetryAfter);
        }
    }
}
