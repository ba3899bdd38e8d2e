package org.commonground.core.testkit;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.OutboundMessage;
import org.commonground.core.domain.OutboxMessage;
import org.commonground.core.domain.OutboxStatus;
import org.commonground.core.domain.Topic;
import org.commonground.core.port.OutboxStore;

/** The outbox in memory, for tests of the core. */
public final class InMemoryOutboxStore implements OutboxStore {

    private final TreeMap<Long, OutboxMessage> messages = new TreeMap<>();
    private long nextId = 1;

    @Override
    public synchronized long enqueue(ChatRef chat, OutboundMessage message, Topic topic, Instant at) {
        long id = nextId++;
        messages.put(id, new OutboxMessage(id, chat, message, topic == null ? null : topic.toString(),
                OutboxStatus.PENDING, 0, at, null, null, at));
        return id;
    }

    @Override
    public synchronized List<OutboxMessage> due(List<String> platforms, Instant now, int limit) {
        Map<ChatRef, OutboxMessage> heads = new LinkedHashMap<>();
        for (OutboxMessage m : messages.values()) {
            if (m.status() == OutboxStatus.PENDING && platforms.contains(m.chat().platform())) {
                heads.putIfAbsent(m.chat(), m);
            }
        }
        return heads.values().stream().filter(m -> !m.notBefore().isAfter(now)).limit(limit).toList();
    }

    @Override
    public synchronized void markDelivered(long id, String deliveredId, Instant at) {
        replace(id, OutboxStatus.DELIVERED, 0, null, deliveredId, null);
    }

    @Override
    public synchronized void retryLater(long id, Instant notBefore, String error) {
        replace(id, OutboxStatus.PENDING, 1, notBefore, null, error);
    }

    @Override
    public synchronized void markFailed(long id, String error) {
        replace(id, OutboxStatus.FAILED, 1, null, null, error);
    }

    private void replace(long id, OutboxStatus status, int extraAttempt, Instant notBefore, String deliveredId,
                         String error) {
        OutboxMessage m = messages.get(id);
        messages.put(id, new OutboxMessage(id, m.chat(), m.message(), m.topic(), status, m.attempts() + extraAttempt,
                notBefore != null ? notBefore : m.notBefore(), deliveredId != null ? deliveredId : m.deliveredId(),
                error != null ? error : m.lastError(), m.createdAt()));
    }

    @Override
    public synchronized Optional<Topic> topicOf(ChatRef chat, String deliveredId) {
        return messages.values().stream()
                .filter(m -> m.chat().equals(chat) && deliveredId.equals(m.deliveredId()) && m.topic() != null)
                .map(m -> Topic.parseOrNull(m.topic())).findFirst();
    }

    @Override
    public synchronized List<OutboxMessage> deliveredFor(Topic topic) {
        return messages.values().stream()
                .filter(m -> m.status() == OutboxStatus.DELIVERED && topic.toString().equals(m.topic())).toList();
    }

    @Override
    public synchronized Optional<OutboxMessage> find(long id) {
        return Optional.ofNullable(messages.get(id));
    }

    @Override
    public synchronized Map<OutboxStatus, Integer> counts() {
        Map<OutboxStatus, Integer> counts = new EnumMap<>(OutboxStatus.class);
        messages.values().forEach(m -> counts.merge(m.status(), 1, Integer::sum));
        return counts;
    }

    /** Readdresses the chat's pending messages. */
    synchronized void moveChat(ChatRef from, ChatRef to) {
        messages.replaceAll((id, m) -> m.status() != OutboxStatus.PENDING || !m.chat().equals(from) ? m
                : new OutboxMessage(id, to, m.message(), m.topic(), m.status(), m.attempts(), m.notBefore(),
                        m.deliveredId(), m.lastError(), m.createdAt()));
    }

    /** Every message ever enqueued, in id order. */
    public synchronized List<OutboxMessage> all() {
        return List.copyOf(messages.values());
    }
}
