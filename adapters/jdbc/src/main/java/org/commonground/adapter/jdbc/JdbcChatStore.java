package org.commonground.adapter.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.commonground.core.domain.Chat;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.port.ChatStore;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Chats on H2. A chat is looked up for most inbound events, so {@link #find} is cached briefly
 * (see {@link LookupCache}): a title another process records is seen within a second. A chat that
 * moves takes its rows in the other tables along; their stores' caches see it within that second too.
 */
public final class JdbcChatStore implements ChatStore {

    private static final ChatRowMapper ROWS = new ChatRowMapper();

    private final JdbcClient jdbc;
    private final LookupCache<ChatRef, Optional<Chat>> byRef;

    public JdbcChatStore(JdbcClient jdbc, Ticker ticker) {
        this.jdbc = jdbc;
        this.byRef = new LookupCache<>(ticker, 10_000);
    }

    @Override
    public void seen(ChatRef ref, String title, Instant at) {
        jdbc.sql("""
                MERGE INTO chats c
                USING (VALUES (CAST(:ref AS VARCHAR(150)), CAST(:title AS CHARACTER VARYING),
                               CAST(:at AS TIMESTAMP(9) WITH TIME ZONE))) s (ref, title, at)
                ON c.ref = s.ref
                WHEN MATCHED THEN UPDATE SET title = COALESCE(s.title, c.title),
                                             last_seen = GREATEST(c.last_seen, s.at)
                WHEN NOT MATCHED THEN INSERT (ref, title, last_seen) VALUES (s.ref, s.title, s.at)
                """)
                .param("ref", ref.toString())
                .param("title", title)
                .param("at", at)
                .update();
        byRef.invalidate(ref);
    }

    @Override
    public Optional<Chat> find(ChatRef ref) {
        return byRef.get(ref, key -> jdbc.sql("SELECT " + ChatRowMapper.COLUMNS + " FROM chats WHERE ref = :ref")
                .param("ref", key.toString())
                .query(ROWS)
                .optional());
    }

    @Override
    public List<Chat> list() {
        return jdbc.sql("SELECT " + ChatRowMapper.COLUMNS + " FROM chats ORDER BY last_seen DESC, ref")
                .query(ROWS)
                .list();
    }

    /** Run inside the caller's transaction, so that the chat moves whole or not at all. */
    @Override
    public int move(ChatRef from, ChatRef to, Instant at) {
        seen(to, find(from).map(Chat::title).orElse(null), at);
        int rounds = jdbc.sql("UPDATE round_chats SET chat = :to WHERE chat = :from")
                .param("to", to.toString()).param("from", from.toString()).update();
        jdbc.sql("""
                        UPDATE member_chats m SET chat = :to WHERE chat = :from AND NOT EXISTS
                            (SELECT 1 FROM member_chats n WHERE n.member_ref = m.member_ref AND n.chat = :to)
                        """)
                .param("to", to.toString()).param("from", from.toString()).update();
        jdbc.sql("DELETE FROM member_chats WHERE chat = :from").param("from", from.toString()).update();
        jdbc.sql("UPDATE outbox SET chat = :to, platform = :platform WHERE chat = :from AND status = 'PENDING'")
                .param("to", to.toString()).param("platform", to.platform()).param("from", from.toString()).update();
        return rounds;
    }
}
