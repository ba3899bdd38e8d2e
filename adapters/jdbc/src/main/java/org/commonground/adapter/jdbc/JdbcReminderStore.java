package org.commonground.adapter.jdbc;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.openspace.ReminderStore;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reminder requests, and the reminders dealt with, on H2. */
public final class JdbcReminderStore implements ReminderStore {

    private final JdbcClient jdbc;

    public JdbcReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Asking again keeps the first request's place and a direct chat already known. */
    @Override
    public void optIn(long openSpaceId, MemberRef member, ChatRef directChat) {
        jdbc.sql("""
                        MERGE INTO open_space_reminders r
                        USING (VALUES (CAST(:space AS BIGINT), CAST(:member AS VARCHAR(150)),
                                       CAST(:chat AS VARCHAR(150)))) s (open_space_id, member, direct_chat)
                        ON r.open_space_id = s.open_space_id AND r.member = s.member
                        WHEN MATCHED THEN UPDATE SET direct_chat = COALESCE(s.direct_chat, r.direct_chat)
                        WHEN NOT MATCHED THEN INSERT (open_space_id, member, direct_chat)
                            VALUES (s.open_space_id, s.member, s.direct_chat)
                        """)
                .param("space", openSpaceId)
                .param("member", member.toString())
                .param("chat", directChat == null ? null : directChat.toString())
                .update();
    }

    @Override
    public boolean optOut(long openSpaceId, MemberRef member) {
        return jdbc.sql("DELETE FROM open_space_reminders WHERE open_space_id = :space AND member = :member")
                .param("space", openSpaceId).param("member", member.toString()).update() > 0;
    }

    @Override
    public List<OptIn> optedIn(long openSpaceId) {
        return jdbc.sql("SELECT member, direct_chat FROM open_space_reminders WHERE open_space_id = :space ORDER BY id")
                .param("space", openSpaceId)
                .query((rs, row) -> new OptIn(MemberRef.parse(rs.getString("member")),
                        rs.getString("direct_chat") == null ? null : ChatRef.parse(rs.getString("direct_chat"))))
                .list();
    }

    @Override
    public List<Long> openSpacesOf(MemberRef member) {
        return jdbc.sql("SELECT open_space_id FROM open_space_reminders WHERE member = :member ORDER BY id")
                .param("member", member.toString()).query(Long.class).list();
    }

    @Override
    public boolean markDone(long openSpaceId, int slot, MemberRef member) {
        return jdbc.sql("""
                        MERGE INTO open_space_reminders_done d
                        USING (VALUES (CAST(:space AS BIGINT), CAST(:slot AS INT), CAST(:member AS VARCHAR(150))))
                            s (open_space_id, slot, member)
                        ON d.open_space_id = s.open_space_id AND d.slot = s.slot AND d.member = s.member
                        WHEN NOT MATCHED THEN INSERT (open_space_id, slot, member)
                            VALUES (s.open_space_id, s.slot, s.member)
                        """)
                .param("space", openSpaceId).param("slot", slot).param("member", member.toString())
                .update() > 0;
    }

    @Override
    public Set<MemberRef> done(long openSpaceId, int slot) {
        return new HashSet<>(jdbc.sql("""
                        SELECT member FROM open_space_reminders_done WHERE open_space_id = :space AND slot = :slot
                        """)
                .param("space", openSpaceId).param("slot", slot)
                .query((rs, row) -> MemberRef.parse(rs.getString("member"))).list());
    }

    @Override
    public int forget(MemberRef member) {
        jdbc.sql("DELETE FROM open_space_reminders_done WHERE member = :member").param("member", member.toString())
                .update();
        return jdbc.sql("DELETE FROM open_space_reminders WHERE member = :member").param("member", member.toString())
                .update();
    }
}
