package org.commonground.adapter.jdbc;

import java.util.List;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.openspace.Card;
import org.commonground.core.openspace.CardStore;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Session cards on H2. Asked for stale cards on every tick of the running bot: one indexed join. */
public final class JdbcCardStore implements CardStore {

    private static final String SELECT = "SELECT c.session_id, c.chat, c.post_id, c.shown_version, c.edit_id "
            + "FROM open_space_cards c";
    private static final RowMapper<Card> ROWS = (rs, row) -> new Card(rs.getLong("session_id"),
            ChatRef.parse(rs.getString("chat")), rs.getLong("post_id"), rs.getLong("shown_version"),
            rs.getLong("edit_id"));

    private final JdbcClient jdbc;

    public JdbcCardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(long sessionId, ChatRef chat, long postId, long version) {
        jdbc.sql("""
                        INSERT INTO open_space_cards (session_id, chat, post_id, shown_version, edit_id)
                        VALUES (:session, :chat, :post, :version, 0)
                        """)
                .param("session", sessionId).param("chat", chat.toString()).param("post", postId)
                .param("version", version).update();
    }

    @Override
    public List<Card> stale() {
        return jdbc.sql(SELECT + """
                         JOIN open_space_sessions s ON s.id = c.session_id
                        WHERE c.shown_version < s.version
                        ORDER BY c.session_id, c.chat
                        """)
                .query(ROWS).list();
    }

    @Override
    public void edited(long sessionId, ChatRef chat, long version, long editId) {
        jdbc.sql("""
                        UPDATE open_space_cards SET shown_version = :version, edit_id = :edit
                        WHERE session_id = :session AND chat = :chat
                        """)
                .param("version", version).param("edit", editId).param("session", sessionId)
                .param("chat", chat.toString()).update();
    }

    @Override
    public void drop(long sessionId, ChatRef chat) {
        jdbc.sql("DELETE FROM open_space_cards WHERE session_id = :session AND chat = :chat")
                .param("session", sessionId).param("chat", chat.toString()).update();
    }

    @Override
    public List<Card> of(long sessionId) {
        return jdbc.sql(SELECT + " WHERE c.session_id = :session ORDER BY c.chat").param("session", sessionId)
                .query(ROWS).list();
    }
}
