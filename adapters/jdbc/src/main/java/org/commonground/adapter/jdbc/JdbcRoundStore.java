package org.commonground.adapter.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Round;
import org.commonground.core.domain.RoundStatus;
import org.commonground.core.port.RoundStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Rounds on H2. Every reply asks for the open rounds of its chat, so {@link #openIn} is cached
 * briefly (see {@link LookupCache}): a {@code round open} run by another process while the bot runs
 * is taken up within a second.
 */
public final class JdbcRoundStore implements RoundStore {

    private static final RoundRowMapper ROWS = new RoundRowMapper();
    private static final String NEWEST_FIRST = " ORDER BY r.opened_at DESC, r.id DESC";

    private final JdbcClient jdbc;
    private final LookupCache<ChatRef, List<Round>> openByChat;

    public JdbcRoundStore(JdbcClient jdbc, Ticker ticker) {
        this.jdbc = jdbc;
        this.openByChat = new LookupCache<>(ticker, 10_000);
    }

    @Override
    public Round create(long gatheringId, List<ChatRef> chats, String prompt, Category category, Instant openedAt,
                        Instant closesAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO rounds (gathering_id, prompt, category, status, opened_at, closes_at)
                        VALUES (:gathering, :prompt, :category, :status, :openedAt, :closesAt)
                        """)
                .param("gathering", gatheringId)
                .param("prompt", prompt)
                .param("category", category == null ? null : category.name())
                .param("status", RoundStatus.OPEN.name())
                .param("openedAt", openedAt)
                .param("closesAt", closesAt)
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        for (int i = 0; i < chats.size(); i++) {
            jdbc.sql("INSERT INTO round_chats (round_id, position, chat) VALUES (:id, :position, :chat)")
                    .param("id", id)
                    .param("position", i)
                    .param("chat", chats.get(i).toString())
                    .update();
        }
        openByChat.invalidateAll();
        return new Round(id, gatheringId, chats, prompt, category, RoundStatus.OPEN, openedAt, closesAt, null);
    }

    @Override
    public Optional<Round> find(long id) {
        return jdbc.sql(RoundRowMapper.SELECT + " WHERE r.id = :id").param("id", id).query(ROWS).optional();
    }

    @Override
    public List<Round> list() {
        return jdbc.sql(RoundRowMapper.SELECT + NEWEST_FIRST).query(ROWS).list();
    }

    @Override
    public List<Round> openIn(ChatRef chat) {
        return openByChat.get(chat, key -> List.copyOf(jdbc.sql(RoundRowMapper.SELECT + """
                         WHERE r.status = 'OPEN'
                           AND EXISTS (SELECT 1 FROM round_chats c WHERE c.round_id = r.id AND c.chat = :chat)
                        """ + NEWEST_FIRST)
                .param("chat", key.toString())
                .query(ROWS)
                .list()));
    }

    @Override
    public List<Round> dueToClose(Instant now) {
        return jdbc.sql(RoundRowMapper.SELECT + """
                         WHERE r.status = 'OPEN' AND r.closes_at <= :now
                        ORDER BY r.closes_at, r.id
                        """)
                .param("now", now)
                .query(ROWS)
                .list();
    }

    @Override
    public boolean close(long id, Instant at) {
        int closed = jdbc.sql("UPDATE rounds SET status = 'CLOSED', closed_at = :at WHERE id = :id AND status = 'OPEN'")
                .param("at", at)
                .param("id", id)
                .update();
        openByChat.invalidateAll();
        return closed > 0;
    }
}
