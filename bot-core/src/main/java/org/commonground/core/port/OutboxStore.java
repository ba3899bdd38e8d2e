package org.commonground.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.OutboundMessage;
import org.commonground.core.domain.OutboxMessage;
import org.commonground.core.domain.OutboxStatus;
import org.commonground.core.domain.Topic;

/**
 * The outbox: every outbound message is persisted here before anything is sent. Another process may
 * enqueue while the bot runs; the running bot delivers.
 */
public interface OutboxStore {

    /** Persists a message as pending, due at once; returns its id. Ids grow in enqueue order. */
    long enqueue(ChatRef chat, OutboundMessage message, Topic topic, Instant at);

    /**
     * The next message to try for each chat with pending messages: the chat's oldest pending
     * message, if its {@code notBefore} is at or before {@code now}. Only chats of the given platforms.
     */
    List<OutboxMessage> due(List<String> platforms, Instant now, int limit);

    /** Marks a pending message delivered; has no effect on a message that is no longer pending. */
    void markDelivered(long id, String deliveredId, Instant at);

    /**
     * Keeps the message pending, for another attempt not before {@code notBefore}; has no effect on a
     * message that is no longer pending.
     */
    void retryLater(long id, Instant notBefore, String error);

    /** Marks a pending message failed for good; has no effect on a message that is no longer pending. */
    void markFailed(long id, String error);

    /**
     * The topic of the earliest delivered message with a topic that has this platform id in this chat,
     * if any. Reactions and edits carry no topic.
     */
    Optional<Topic> topicOf(ChatRef chat, String deliveredId);

    /** The delivered messages of a topic, oldest first. */
    List<OutboxMessage> deliveredFor(Topic topic);

    Optional<OutboxMessage> find(long id);

    /** How many messages are in each status. */
    java.util.Map<OutboxStatus, Integer> counts();
}
