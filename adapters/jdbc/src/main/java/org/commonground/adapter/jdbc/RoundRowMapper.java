package org.commonground.adapter.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Round;
import org.commonground.core.domain.RoundStatus;
import org.springframework.jdbc.core.RowMapper;

/** A row of {@code rounds}, with its chats aggregated in order, as a {@link Round}. */
final class RoundRowMapper implements RowMapper<Round> {

    static final String SELECT = """
            SELECT r.id, r.gathering_id, r.prompt, r.category, r.status, r.opened_at, r.closes_at, r.closed_at,
                   ARRAY(SELECT c.chat FROM round_chats c WHERE c.round_id = r.id ORDER BY c.position) AS chats
            FROM rounds r
            """;

    @Override
    public Round mapRow(ResultSet rs, int rowNum) throws SQLException {
        String category = rs.getString("category");
        return new Round(rs.getLong("id"), rs.getLong("gathering_id"),
                SqlArrays.read(rs, "chats", chat -> ChatRef.parse((String) chat)), rs.getString("prompt"),
                category == null ? null : Category.valueOf(category), RoundStatus.valueOf(rs.getString("status")),
                rs.getObject("opened_at", Instant.class), rs.getObject("closes_at", Instant.class),
                rs.getObject("closed_at", Instant.class));
    }
}
