package org.commonground.adapter.jdbc;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.OutboundMessage;
import org.commonground.core.domain.OutboxMessage;
import org.commonground.core.domain.OutboxStatus;
import org.commonground.core.domain.Topic;
import org.commonground.core.port.OutboxStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The outbox on H2. Each reply to a bot message asks which topic the message had; once a message is
 * delivered its topic never changes, so found topics are cached with no expiry (bounded in size),
 * while a miss is not cached, as the message may be delivered a moment later.
 */
public final class JdbcOutboxStore implements OutboxStore {

    private static final OutboxRowMapper ROWS = new OutboxRowMapper();
    private static final String SELECT = "SELECT " + OutboxRowMapper.COLUMNS + " FROM outbox";

    private record Delivered(ChatRef chat, String deliveredId) {
    }

    private final JdbcClient jdbc;
    private final Cache<Delivered, Topic> topics = Caffeine.newBuilder().maximumSize(10_000).build();

    public JdbcOutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long enqueue(ChatRef chat, OutboundMessage message, Topic topic, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO outbox (chat, platform, kind, text, format, message_ref, emoji, button_labels,
                                            button_data, picture, picture_name, topic, status, attempts, not_before,
                                            created_at)
                        VALUES (:chat, :platform, :kind, :text, :format, :message_ref, :emoji, :button_labels,
                                :button_data, :picture, :picture_name, :topic, 'PENDING', 0, :at, :at)
                        """)
                .params(OutboxRowMapper.columnsOf(message))
                .param("chat", chat.toString())
                .param("platform", chat.platform())
                .param("topic", topic == null ? null : topic.toString())
                .param("at", at)
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /** Each chat's head is its lowest pending id; a head not yet due holds back the whole chat. */
    @Override
    public List<OutboxMessage> due(List<String> platforms, Instant now, int limit) {
        if (platforms.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                         WHERE id IN (SELECT MIN(id) FROM outbox
                                      WHERE status = 'PENDING' AND platform IN (:platforms) GROUP BY chat)
                          AND not_before <= :now
                        ORDER BY id
                        FETCH FIRST :limit ROWS ONLY
                        """)
                .param("platforms", platforms)
                .param("now", now)
                .param("limit", limit)
                .query(ROWS)
                .list();
    }

    @Override
    public void markDelivered(long id, String deliveredId, Instant at) {
        jdbc.sql("""
                        UPDATE outbox SET status = 'DELIVERED', delivered_id = :delivered, delivered_at = :at,
                                          attempts = attempts + 1
                        WHERE id = :id AND status = 'PENDING'
                        """)
                .param("delivered", deliveredId)
                .param("at", at)
                .param("id", id)
                .update();
    }

    @Override
    public void retryLater(long id, Instant notBefore, String error) {
        jdbc.sql("""
                        UPDATE outbox SET not_before = :notBefore, last_error = :error, attempts = attempts + 1
                        WHERE id = :id AND status = 'PENDING'
                        """)
                .param("notBefore", notBefore)
                .param("error", error)
                .param("id", id)
                .update();
    }

    @Override
    public void markFailed(long id, String error) {
        jdbc.sql("""
                        UPDATE outbox SET status = 'FAILED', last_error = :error, attempts = attempts + 1
                        WHERE id = :id AND status = 'PENDING'
                        """)
                .param("error", error)
                .param("id", id)
                .update();
    }

    @Override
    public Optional<Topic> topicOf(ChatRef chat, String deliveredId) {
        Delivered key = new Delivered(chat, deliveredId);
        Topic cached = topics.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Topic> found = jdbc.sql("""
                        SELECT topic FROM outbox
                        WHERE chat = :chat AND delivered_id = :delivered AND status = 'DELIVERED' AND topic IS NOT NULL
                        ORDER BY id FETCH FIRST 1 ROW ONLY
                        """)
                .param("chat", chat.toString())
                .param("delivered", deliveredId)
                .query((rs, row) -> Topic.parseOrNull(rs.getString("topic")))
                .optional();
        found.ifPresent(topic -> topics.put(key, topic));
        return found;
    }

    @Override
    public List<OutboxMessage> deliveredFor(Topic topic) {
        return jdbc.sql(SELECT + " WHERE topic = :topic AND status = 'DELIVERED' ORDER BY id")
                .param("topic", topic.toString())
                .query(ROWS)
                .list();
    }

    @Override
    public Optional<OutboxMessage> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(ROWS).optional();
    }

    /** Every status, with zero for those no message is in. */
    @Override
    public Map<OutboxStatus, Integer> counts() {
        Map<OutboxStatus, Integer> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, 0);
        }
        jdbc.sql("SELECT status, COUNT(*) AS n FROM outbox GROUP BY status")
                .query(rs -> {
                    counts.put(OutboxStatus.valueOf(rs.getString("status")), rs.getInt("n"));
                });
        return counts;
    }
}
