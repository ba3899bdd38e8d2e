package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Headers;

/**
 * Discord's REST rate limits: a fixed window per route and top-level resource (channel, guild or
 * webhook), the global limit, and injected server errors. Every answer carries the X-RateLimit
 * headers; a 429 also carries Retry-After and its scope.
 */
public final class RateLimits {
    /** Without a configured limit a route allows more than any test sends, but still reports headers. */
    private static final Rule UNLIMITED = new Rule(10_000, 1_000);

    private record Rule(int limit, long windowMillis) {
    }

    /** How a request was admitted: the headers to send, and the refusal to send instead, if any. */
    record Admission(Headers headers, RestReply refusal) {
    }

    private static final class Window {
        int used;
        long resetAt;
    }

    private final Map<Route, Rule> rules = new ConcurrentHashMap<>();
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Map<Route, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<Route, Integer> failureStatus = new ConcurrentHashMap<>();
    private final AtomicInteger limited = new AtomicInteger();
    private volatile long globalUntil;

    RateLimits() {
    }

    /** Allows {@code requests} per {@code window} on the route, counted per channel, guild or webhook. */
    public void limit(Route route, int requests, Duration window) {
        rules.put(route, new Rule(requests, window.toMillis()));
    }

    /**
     * Answers every non-interaction request with a global 429 until {@code duration} has passed;
     * {@code Duration.ZERO} lifts the limit at once.
     */
    public void limitGlobally(Duration duration) {
        globalUntil = System.currentTimeMillis() + duration.toMillis();
    }

    /** Fails the next {@code times} calls of the route with {@code status} (500, 502, 503…). */
    public void failNext(Route route, int times, int status) {
        failureStatus.put(route, status);
        failuresLeft.put(route, new AtomicInteger(times));
    }

    /** How many 429s the fake has answered. */
    public int rateLimitedCount() {
        return limited.get();
    }

    Admission admit(Route route, String resource) {
        long now = System.currentTimeMillis();
        long globalLeft = globalUntil - now;
        if (!route.interaction() && globalLeft > 0) {
            limited.incrementAndGet();
            Headers headers = new Headers.Builder().add("Retry-After", retryAfterHeader(globalLeft))
                    .add("X-RateLimit-Global", "true").add("X-RateLimit-Scope", "global").build();
            return new Admission(headers, tooManyRequests(globalLeft, true));
        }
        AtomicInteger failures = failuresLeft.get(route);
        if (failures != null && failures.getAndDecrement() > 0) {
            return new Admission(Headers.of(), ApiError.http(failureStatus.get(route)).reply());
        }
        Rule rule = rules.getOrDefault(route, UNLIMITED);
        Window window = windows.computeIfAbsent(route.name() + '/' + resource, key -> new Window());
        synchronized (window) {
            if (now >= window.resetAt) {
                window.used = 0;
                window.resetAt = now + rule.windowMillis();
            }
            long left = window.resetAt - now;
            boolean refused = window.used >= rule.limit();
            if (!refused) {
                window.used++;
            }
            Headers.Builder headers = new Headers.Builder()
                    .add("X-RateLimit-Limit", Integer.toString(rule.limit()))
                    .add("X-RateLimit-Remaining", Integer.toString(rule.limit() - window.used))
                    .add("X-RateLimit-Reset", seconds(window.resetAt))
                    .add("X-RateLimit-Reset-After", seconds(left))
                    .add("X-RateLimit-Bucket", Integer.toHexString(route.template().hashCode()));
            if (!refused) {
                return new Admission(headers.build(), null);
            }
            limited.incrementAndGet();
            headers.add("Retry-After", retryAfterHeader(left)).add("X-RateLimit-Scope", "user");
            return new Admission(headers.build(), tooManyRequests(left, false));
        }
    }

    private static RestReply tooManyRequests(long millis, boolean global) {
        ObjectNode body = Json.object().put("message", "You are being rate limited.")
                .put("retry_after", millis / 1000.0).put("global", global);
        return new RestReply(429, body.toString());
    }

    /** Whole seconds, rounded up: clients parse Retry-After as an integer. */
    private static String retryAfterHeader(long millis) {
        return Long.toString(Math.max(1, (millis + 999) / 1000));
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
