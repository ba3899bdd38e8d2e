package org.commonground.adapter.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Member;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.port.MemberStore;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Members and the chats they spoke in, on H2. A member and their chats are looked up for replies,
 * so both lookups are cached briefly (see {@link LookupCache}): a {@code member forget} run by
 * another process takes effect here within a second.
 */
public final class JdbcMemberStore implements MemberStore {

    private static final MemberRowMapper ROWS = new MemberRowMapper();

    private final JdbcClient jdbc;
    private final LookupCache<MemberRef, Optional<Member>> byRef;
    private final LookupCache<MemberRef, List<ChatRef>> chats;

    public JdbcMemberStore(JdbcClient jdbc, Ticker ticker) {
        this.jdbc = jdbc;
        this.byRef = new LookupCache<>(ticker, 10_000);
        this.chats = new LookupCache<>(ticker, 10_000);
    }

    @Override
    public Member seen(MemberRef ref, String displayName, ChatRef chat, Instant at) {
        jdbc.sql("""
                MERGE INTO members m
                USING (VALUES (CAST(:ref AS VARCHAR(150)), CAST(:name AS CHARACTER VARYING))) s (ref, display_name)
                ON m.ref = s.ref
                WHEN MATCHED THEN UPDATE SET display_name = COALESCE(s.display_name, m.display_name)
                WHEN NOT MATCHED THEN INSERT (ref, display_name, credited) VALUES (s.ref, s.display_name, FALSE)
                """)
                .param("ref", ref.toString())
                .param("name", displayName)
                .update();
        jdbc.sql("""
                MERGE INTO member_chats m
                USING (VALUES (CAST(:ref AS VARCHAR(150)), CAST(:chat AS VARCHAR(150)),
                               CAST(:at AS TIMESTAMP(9) WITH TIME ZONE))) s (member_ref, chat, at)
                ON m.member_ref = s.member_ref AND m.chat = s.chat
                WHEN MATCHED THEN UPDATE SET last_spoke = GREATEST(m.last_spoke, s.at)
                WHEN NOT MATCHED THEN INSERT (member_ref, chat, last_spoke) VALUES (s.member_ref, s.chat, s.at)
                """)
                .param("ref", ref.toString())
                .param("chat", chat.toString())
                .param("at", at)
                .update();
        invalidate(ref);
        return load(ref).orElseThrow();
    }

    @Override
    public Optional<Member> find(MemberRef ref) {
        return byRef.get(ref, this::load);
    }

    @Override
    public List<ChatRef> chatsOf(MemberRef ref) {
        return chats.get(ref, key -> List.copyOf(jdbc.sql("""
                        SELECT chat FROM member_chats WHERE member_ref = :ref ORDER BY last_spoke DESC, chat
                        """)
                .param("ref", key.toString())
                .query((rs, row) -> ChatRef.parse(rs.getString("chat")))
                .list()));
    }

    @Override
    public boolean setCredited(MemberRef ref, boolean credited) {
        int updated = jdbc.sql("UPDATE members SET credited = :credited WHERE ref = :ref")
                .param("credited", credited)
                .param("ref", ref.toString())
                .update();
        invalidate(ref);
        return updated > 0;
    }

    /** Deletes the member; their chats go with them (the foreign key cascades). */
    @Override
    public boolean delete(MemberRef ref) {
        int deleted = jdbc.sql("DELETE FROM members WHERE ref = :ref").param("ref", ref.toString()).update();
        invalidate(ref);
        return deleted > 0;
    }

    private Optional<Member> load(MemberRef ref) {
        return jdbc.sql("SELECT " + MemberRowMapper.COLUMNS + " FROM members WHERE ref = :ref")
                .param("ref", ref.toString())
                .query(ROWS)
                .optional();
    }

    private void invalidate(MemberRef ref) {
        byRef.invalidate(ref);
        chats.invalidate(ref);
    }
}
