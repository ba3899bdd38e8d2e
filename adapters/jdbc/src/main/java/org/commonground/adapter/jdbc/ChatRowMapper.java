package org.commonground.adapter.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import org.commonground.core.domain.Chat;
import org.commonground.core.domain.ChatRef;
import org.springframework.jdbc.core.RowMapper;

/** A row of {@code chats} as a {@link Chat}. */
final class ChatRowMapper implements RowMapper<Chat> {

    static final String COLUMNS = "ref, title, last_seen";

    @Override
    public Chat mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new Chat(ChatRef.parse(rs.getString("ref")), rs.getString("title"),
                rs.getObject("last_seen", Instant.class));
    }
}
