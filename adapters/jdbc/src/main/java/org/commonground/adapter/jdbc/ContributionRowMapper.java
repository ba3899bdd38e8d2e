package org.commonground.adapter.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.CategorySource;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Contribution;
import org.commonground.core.domain.MemberRef;
import org.springframework.jdbc.core.RowMapper;

/** A row of {@code contributions} as a {@link Contribution}. */
final class ContributionRowMapper implements RowMapper<Contribution> {

    static final String COLUMNS = "id, round_id, chat, message_id, author, text, category, confidence, source, "
            + "created_at, edited_at, edits, theme_id";

    @Override
    public Contribution mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new Contribution(rs.getLong("id"), rs.getLong("round_id"), ChatRef.parse(rs.getString("chat")),
                rs.getString("message_id"), MemberRef.parse(rs.getString("author")), rs.getString("text"),
                Category.valueOf(rs.getString("category")), rs.getDouble("confidence"),
                CategorySource.valueOf(rs.getString("source")), rs.getObject("created_at", Instant.class),
                rs.getObject("edited_at", Instant.class), rs.getInt("edits"), rs.getString("theme_id"));
    }
}
