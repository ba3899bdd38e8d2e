package org.commonground.adapter.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.openspace.Note;
import org.commonground.core.openspace.NoteStore;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Hosts' session notes on H2, once per message. */
public final class JdbcNoteStore implements NoteStore {

    private static final String SELECT = "SELECT n.id, n.session_id, n.chat, n.message_id, n.author, n.text, "
            + "n.created_at FROM open_space_notes n";
    private static final RowMapper<Note> ROWS = (rs, row) -> new Note(rs.getLong("id"), rs.getLong("session_id"),
            ChatRef.parse(rs.getString("chat")), rs.getString("message_id"), MemberRef.parse(rs.getString("author")),
            rs.getString("text"), rs.getObject("created_at", Instant.class));

    private final JdbcClient jdbc;

    public JdbcNoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts only if absent, in one MERGE (see {@link JdbcContributionStore#add}). */
    @Override
    public Optional<Note> add(long sessionId, ChatRef chat, String messageId, MemberRef author, String text,
                              Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        int added = jdbc.sql("""
                        MERGE INTO open_space_notes n
                        USING (VALUES (CAST(:chat AS VARCHAR(150)), CAST(:message AS CHARACTER VARYING)))
                            s (chat, message_id)
                        ON n.chat = s.chat AND n.message_id = s.message_id
                        WHEN NOT MATCHED THEN INSERT (session_id, chat, message_id, author, text, created_at)
                            VALUES (:session, s.chat, s.message_id, :author, :text, :at)
                        """)
                .param("chat", chat.toString())
                .param("message", messageId)
                .param("session", sessionId)
                .param("author", author.toString())
                .param("text", text)
                .param("at", at)
                .update(key, "id");
        return added == 0 ? Optional.empty()
                : Optional.of(new Note(key.getKeyAs(Long.class), sessionId, chat, messageId, author, text, at));
    }

    @Override
    public Optional<Note> findByMessage(ChatRef chat, String messageId) {
        return jdbc.sql(SELECT + " WHERE n.chat = :chat AND n.message_id = :message")
                .param("chat", chat.toString()).param("message", messageId).query(ROWS).optional();
    }

    @Override
    public void updateText(long id, String text) {
        jdbc.sql("UPDATE open_space_notes SET text = :text WHERE id = :id").param("text", text).param("id", id)
                .update();
    }

    @Override
    public void delete(long id) {
        jdbc.sql("DELETE FROM open_space_notes WHERE id = :id").param("id", id).update();
    }

    @Override
    public List<Note> ofOpenSpace(long openSpaceId) {
        return jdbc.sql(SELECT + """
                         JOIN open_space_sessions s ON s.id = n.session_id
                        WHERE s.open_space_id = :space
                        ORDER BY n.id
                        """)
                .param("space", openSpaceId).query(ROWS).list();
    }

    @Override
    public List<Note> byAuthor(MemberRef author) {
        return jdbc.sql(SELECT + " WHERE n.author = :author ORDER BY n.id").param("author", author.toString())
                .query(ROWS).list();
    }

    @Override
    public int deleteByAuthor(MemberRef author) {
        return jdbc.sql("DELETE FROM open_space_notes WHERE author = :author").param("author", author.toString())
                .update();
    }
}
