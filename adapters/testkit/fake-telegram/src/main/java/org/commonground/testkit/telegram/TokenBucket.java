package org.commonground.testkit.telegram;

/** Holds up to a capacity of tokens, refilled at a steady rate; one token per message. */
final class TokenBucket {

    private final double capacity;
    private final double perMilli;
    private double tokens;
    private long last;

    TokenBucket(double capacity, double perSecond, long nowMillis) {
        this.capacity = capacity;
        this.perMilli = perSecond / 1000;
        this.tokens = capacity;
        this.last = nowMillis;
    }

    long millisUntilToken(long nowMillis) {
        tokens = Math.min(capacity, tokens + Math.max(0, nowMillis - last) * perMilli);
        last = Math.max(last, nowMillis);
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perMilli);
    }

    void take() {
        tokens -= 1;
    }
}
