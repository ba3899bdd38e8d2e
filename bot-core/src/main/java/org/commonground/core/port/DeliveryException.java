package org.commonground.core.port;

import java.time.Duration;

/** A platform refused or could not take a message. Its {@link Kind} tells the outbox what to do next. */
public class DeliveryException extends Exception {

    /** What kind of failure this is. */
    public enum Kind {
        /** The platform asked to slow down; try again after {@link #retryAfter()}. */
        RATE_LIMITED,
        /** A network fault or server error; try again with back-off. */
        TRANSIENT,
        /** The platform will never take this message (bad request, no such chat, no permission). */
        PERMANENT
    }

    private final Kind kind;
    private final Duration retryAfter;

    private DeliveryException(Kind kind, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public static DeliveryException rateLimited(Duration retryAfter) {
        return new DeliveryException(Kind.RATE_LIMITED, "rate limited, retry after " + retryAfter.toMillis() + " ms",
                retryAfter, null);
    }

    public static DeliveryException transientFailure(String message, Throwable cause) {
        return new DeliveryException(Kind.TRANSIENT, message, Duration.ZERO, cause);
    }

    public static DeliveryException permanent(String message) {
        return new DeliveryException(Kind.PERMANENT, message, Duration.ZERO, null);
    }

    public Kind kind() {
        return kind;
    }

    /** How long the platform asked us to wait; zero unless {@link Kind#RATE_LIMITED}. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
