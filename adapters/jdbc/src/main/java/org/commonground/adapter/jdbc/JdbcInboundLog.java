package org.commonground.adapter.jdbc;

import java.time.Instant;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.port.InboundLog;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The record of taken inbound events, and the platforms' named positions, on H2. */
public final class JdbcInboundLog implements InboundLog {

    private final JdbcClient jdbc;

    public JdbcInboundLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts only if absent, in one MERGE (see {@link JdbcContributionStore#add}). */
    @Override
    public boolean firstTime(ChatRef chat, String eventKey, Instant at) {
        return jdbc.sql("""
                        MERGE INTO inbound_events e
                        USING (VALUES (CAST(:chat AS VARCHAR(150)), CAST(:key AS CHARACTER VARYING)))
                            s (chat, event_key)
                        ON e.chat = s.chat AND e.event_key = s.event_key
                        WHEN NOT MATCHED THEN INSERT (chat, event_key, received_at) VALUES (s.chat, s.event_key, :at)
                        """)
                .param("chat", chat.toString())
                .param("key", eventKey)
                .param("at", at)
                .update() > 0;
    }

    @Override
    public long position(String name) {
        return jdbc.sql("SELECT position FROM positions WHERE name = :name")
                .param("name", name)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /**
     * H2 writes committed work to its file a moment later; a checkpoint writes it now, so that a
     * killed process keeps everything taken up to the position it saved.
     */
    @Override
    public void savePosition(String name, long value) {
        jdbc.sql("MERGE INTO positions (name, position) KEY (name) VALUES (:name, :position)")
                .param("name", name)
                .param("position", value)
                .update();
        jdbc.sql("CHECKPOINT").update();
    }
}
