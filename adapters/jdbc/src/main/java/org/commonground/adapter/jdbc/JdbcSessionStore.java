package org.commonground.adapter.jdbc;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.commonground.core.domain.MemberRef;
import org.commonground.core.openspace.Role;
import org.commonground.core.openspace.Session;
import org.commonground.core.openspace.SessionStore;
import org.commonground.core.openspace.Turnout;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Open-space sessions and their turnout on H2; cards, notes and the agenda go with a deleted session. */
public final class JdbcSessionStore implements SessionStore {

    private static final String SELECT = "SELECT id, open_space_id, number, proposer, title, about, withdrawn, version, "
            + "proposed_at FROM open_space_sessions";
    private static final RowMapper<Session> ROWS = (rs, row) -> new Session(rs.getLong("id"),
            rs.getLong("open_space_id"), rs.getInt("number"), MemberRef.parse(rs.getString("proposer")),
            rs.getString("title"), rs.getString("about"), rs.getBoolean("withdrawn"), rs.getLong("version"),
            rs.getObject("proposed_at", Instant.class));

    private final JdbcClient jdbc;

    public JdbcSessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number is the next in the open space; the unique constraint refuses a number taken meanwhile. */
    @Override
    public Session propose(long openSpaceId, MemberRef proposer, String title, String about, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO open_space_sessions (open_space_id, number, proposer, title, about, withdrawn,
                                                         version, proposed_at)
                        VALUES (:space, (SELECT COALESCE(MAX(number), 0) + 1 FROM open_space_sessions
                                         WHERE open_space_id = :space),
                                :proposer, :title, :about, FALSE, 1, :at)
                        """)
                .param("space", openSpaceId)
                .param("proposer", proposer.toString())
                .param("title", title)
                .param("about", about)
                .param("at", at)
                .update(key, "id");
        return find(key.getKeyAs(Long.class)).orElseThrow();
    }

    @Override
    public Optional<Session> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(ROWS).optional();
    }

    @Override
    public Optional<Session> findByNumber(long openSpaceId, int number) {
        return jdbc.sql(SELECT + " WHERE open_space_id = :space AND number = :number")
                .param("space", openSpaceId).param("number", number).query(ROWS).optional();
    }

    @Override
    public List<Session> list(long openSpaceId) {
        return jdbc.sql(SELECT + " WHERE open_space_id = :space ORDER BY number").param("space", openSpaceId)
                .query(ROWS).list();
    }

    @Override
    public List<Session> proposedBy(MemberRef member) {
        return jdbc.sql(SELECT + " WHERE proposer = :member ORDER BY id").param("member", member.toString())
                .query(ROWS).list();
    }

    @Override
    public void retitle(long id, String title) {
        jdbc.sql("UPDATE open_space_sessions SET title = :title, version = version + 1 WHERE id = :id")
                .param("title", title).param("id", id).update();
    }

    @Override
    public void withdraw(long id) {
        jdbc.sql("UPDATE open_space_sessions SET withdrawn = TRUE, version = version + 1 WHERE id = :id")
                .param("id", id).update();
    }

    @Override
    public void touchAll(long openSpaceId) {
        jdbc.sql("UPDATE open_space_sessions SET version = version + 1 WHERE open_space_id = :space")
                .param("space", openSpaceId).update();
    }

    @Override
    public boolean toggle(long sessionId, MemberRef member, Role role) {
        int removed = jdbc.sql("DELETE FROM open_space_turnout WHERE session_id = :session AND member = :member "
                        + "AND role = :role")
                .param("session", sessionId).param("member", member.toString()).param("role", role.name()).update();
        if (removed == 0) {
            jdbc.sql("INSERT INTO open_space_turnout (session_id, member, role) VALUES (:session, :member, :role)")
                    .param("session", sessionId).param("member", member.toString()).param("role", role.name())
                    .update();
        }
        touch(sessionId);
        return removed == 0;
    }

    @Override
    public Turnout turnout(long sessionId) {
        return turnouts("WHERE t.session_id = :key", sessionId).getOrDefault(sessionId, Turnout.NOBODY);
    }

    @Override
    public Map<Long, Turnout> turnouts(long openSpaceId) {
        return turnouts("JOIN open_space_sessions s ON s.id = t.session_id WHERE s.open_space_id = :key", openSpaceId);
    }

    @Override
    public Map<Long, Set<Role>> rolesOf(MemberRef member) {
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.sql("SELECT session_id, role FROM open_space_turnout WHERE member = :member")
                .param("member", member.toString())
                .query(rs -> {
                    roles.computeIfAbsent(rs.getLong("session_id"), k -> EnumSet.noneOf(Role.class))
                            .add(Role.valueOf(rs.getString("role")));
                });
        return roles;
    }

    @Override
    public int forgetRoles(MemberRef member) {
        jdbc.sql("""
                        UPDATE open_space_sessions SET version = version + 1
                        WHERE id IN (SELECT session_id FROM open_space_turnout WHERE member = :member)
                        """)
                .param("member", member.toString()).update();
        return jdbc.sql("DELETE FROM open_space_turnout WHERE member = :member").param("member", member.toString())
                .update();
    }

    @Override
    public void delete(long id) {
        jdbc.sql("DELETE FROM open_space_sessions WHERE id = :id").param("id", id).update();
    }

    private void touch(long id) {
        jdbc.sql("UPDATE open_space_sessions SET version = version + 1 WHERE id = :id").param("id", id).update();
    }

    private Map<Long, Turnout> turnouts(String where, long key) {
        Map<Long, Set<MemberRef>> interested = new HashMap<>();
        Map<Long, Set<MemberRef>> cohosts = new HashMap<>();
        jdbc.sql("SELECT t.session_id, t.member, t.role FROM open_space_turnout t " + where)
                .param("key", key)
                .query(rs -> {
                    Map<Long, Set<MemberRef>> byRole = Role.valueOf(rs.getString("role")) == Role.COHOST
                            ? cohosts : interested;
                    byRole.computeIfAbsent(rs.getLong("session_id"), k -> new HashSet<>())
                            .add(MemberRef.parse(rs.getString("member")));
                });
        Map<Long, Turnout> all = new HashMap<>();
        Set<Long> sessions = new HashSet<>(interested.keySet());
        sessions.addAll(cohosts.keySet());
        sessions.forEach(id -> all.put(id, new Turnout(interested.getOrDefault(id, Set.of()),
                cohosts.getOrDefault(id, Set.of()))));
        return all;
    }
}
