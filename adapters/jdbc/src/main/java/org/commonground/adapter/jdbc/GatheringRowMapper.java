package org.commonground.adapter.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Gathering;
import org.springframework.jdbc.core.RowMapper;

/** A row of {@code gatherings}, with its chats aggregated in order, as a {@link Gathering}. */
final class GatheringRowMapper implements RowMapper<Gathering> {

    static final String SELECT = """
            SELECT g.id, g.name,
                   ARRAY(SELECT c.chat FROM gathering_chats c WHERE c.gathering_id = g.id ORDER BY c.position) AS chats
            FROM gatherings g
            """;

    @Override
    public Gathering mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new Gathering(rs.getLong("id"), rs.getString("name"),
                SqlArrays.read(rs, "chats", chat -> ChatRef.parse((String) chat)));
    }
}
