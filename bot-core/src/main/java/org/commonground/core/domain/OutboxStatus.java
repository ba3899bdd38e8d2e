package org.commonground.core.domain;

/** Where an outbox message is on its way out. */
public enum OutboxStatus {
    /** Waiting for its turn or for a retry. */
    PENDING,
    /** Done; the platform's id of the message is kept. */
    DELIVERED,
    /** Refused by the platform for good, or the chat's platform cannot do it; kept with the reason. */
    FAILED
}
