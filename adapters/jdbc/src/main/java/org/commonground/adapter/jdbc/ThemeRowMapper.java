package org.commonground.adapter.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.Theme;
import org.springframework.jdbc.core.RowMapper;

/** A row of {@code themes}, with its contributions aggregated in order, as a {@link Theme}. */
final class ThemeRowMapper implements RowMapper<Theme> {

    static final String SELECT = """
            SELECT t.theme_id, t.round_id, t.category, t.label, t.quote_id,
                   ARRAY(SELECT m.contribution_id FROM theme_contributions m
                         WHERE m.round_id = t.round_id AND m.theme_id = t.theme_id ORDER BY m.position) AS members
            FROM themes t
            """;

    @Override
    public Theme mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new Theme(rs.getString("theme_id"), rs.getLong("round_id"), Category.valueOf(rs.getString("category")),
                rs.getString("label"), SqlArrays.read(rs, "members", id -> ((Number) id).longValue()),
                rs.getLong("quote_id"));
    }
}
