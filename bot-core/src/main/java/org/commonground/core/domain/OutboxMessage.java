package org.commonground.core.domain;

import java.time.Instant;

/**
 * An outbound message as persisted. Messages to one chat go out in {@code id} order.
 *
 * @param topic       what the message is about, such as {@code round:12}; replies to the delivered
 *                    message are routed by it. {@code null} for messages nobody replies to.
 * @param notBefore   the earliest time of the next attempt
 * @param deliveredId the platform's id of the delivered message, or {@code null}
 * @param lastError   why the last attempt failed, or {@code null}
 */
public record OutboxMessage(long id, ChatRef chat, OutboundMessage message, String topic, OutboxStatus status,
                            int attempts, Instant notBefore, String deliveredId, String lastError,
                            Instant createdAt) {
}
