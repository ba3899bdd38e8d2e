package org.commonground.adapter.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.openspace.Booking;
import org.commonground.core.openspace.OpenSpace;
import org.commonground.core.openspace.OpenSpaceStore;
import org.commonground.core.openspace.Phase;
import org.commonground.core.openspace.Slot;
import org.commonground.core.openspace.Space;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Open spaces on H2: the row, its chats, slots and spaces in order, and the agenda. */
public final class JdbcOpenSpaceStore implements OpenSpaceStore {

    private static final String SELECT = """
            SELECT o.id, o.gathering_id, o.name, o.zone, o.phase, o.created_at,
                   ARRAY(SELECT c.chat FROM open_space_chats c WHERE c.open_space_id = o.id
                         ORDER BY c.position) AS chats
            FROM open_spaces o
            """;
    private static final String NEWEST_FIRST = " ORDER BY o.created_at DESC, o.id DESC";

    private final JdbcClient jdbc;

    public JdbcOpenSpaceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OpenSpace create(long gatheringId, String name, List<ChatRef> chats, ZoneId zone, List<Slot> slots,
                            List<Space> spaces, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO open_spaces (gathering_id, name, zone, phase, created_at)
                        VALUES (:gathering, :name, :zone, :phase, :at)
                        """)
                .param("gathering", gatheringId)
                .param("name", name)
                .param("zone", zone.getId())
                .param("phase", Phase.DRAFT.name())
                .param("at", at)
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        for (int i = 0; i < chats.size(); i++) {
            jdbc.sql("INSERT INTO open_space_chats (open_space_id, position, chat) VALUES (:id, :position, :chat)")
                    .param("id", id).param("position", i).param("chat", chats.get(i).toString()).update();
        }
        setLayout(id, slots, spaces);
        return find(id).orElseThrow();
    }

    @Override
    public Optional<OpenSpace> find(long id) {
        return jdbc.sql(SELECT + " WHERE o.id = :id").param("id", id).query(this::row).optional();
    }

    @Override
    public List<OpenSpace> list() {
        return jdbc.sql(SELECT + NEWEST_FIRST).query(this::row).list();
    }

    @Override
    public List<OpenSpace> activeIn(ChatRef chat) {
        return jdbc.sql(SELECT + """
                         WHERE o.phase <> 'CLOSED'
                           AND EXISTS (SELECT 1 FROM open_space_chats c WHERE c.open_space_id = o.id AND c.chat = :chat)
                        """ + NEWEST_FIRST)
                .param("chat", chat.toString())
                .query(this::row)
                .list();
    }

    @Override
    public void setPhase(long id, Phase phase) {
        jdbc.sql("UPDATE open_spaces SET phase = :phase WHERE id = :id").param("phase", phase.name()).param("id", id)
                .update();
    }

    @Override
    public void setLayout(long id, List<Slot> slots, List<Space> spaces) {
        jdbc.sql("DELETE FROM open_space_slots WHERE open_space_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM open_space_rooms WHERE open_space_id = :id").param("id", id).update();
        for (int i = 0; i < slots.size(); i++) {
            jdbc.sql("""
                            INSERT INTO open_space_slots (open_space_id, position, starts_at, length_seconds)
                            VALUES (:id, :position, :start, :length)
                            """)
                    .param("id", id).param("position", i).param("start", slots.get(i).start())
                    .param("length", slots.get(i).length().toSeconds()).update();
        }
        for (int i = 0; i < spaces.size(); i++) {
            jdbc.sql("""
                            INSERT INTO open_space_rooms (open_space_id, position, name, capacity)
                            VALUES (:id, :position, :name, :capacity)
                            """)
                    .param("id", id).param("position", i).param("name", spaces.get(i).name())
                    .param("capacity", spaces.get(i).capacity()).update();
        }
    }

    @Override
    public void saveAgenda(long id, List<Booking> bookings) {
        jdbc.sql("DELETE FROM open_space_agenda WHERE open_space_id = :id").param("id", id).update();
        for (Booking booking : bookings) {
            jdbc.sql("""
                            INSERT INTO open_space_agenda (open_space_id, session_id, slot, room)
                            VALUES (:id, :session, :slot, :room)
                            """)
                    .param("id", id).param("session", booking.sessionId()).param("slot", booking.slot())
                    .param("room", booking.space()).update();
        }
    }

    @Override
    public List<Booking> agenda(long id) {
        return jdbc.sql("""
                        SELECT session_id, slot, room FROM open_space_agenda WHERE open_space_id = :id
                        ORDER BY slot, room
                        """)
                .param("id", id)
                .query((rs, row) -> new Booking(rs.getLong("session_id"), rs.getInt("slot"), rs.getInt("room")))
                .list();
    }

    private OpenSpace row(ResultSet rs, int rowNum) throws SQLException {
        long id = rs.getLong("id");
        List<Slot> slots = jdbc.sql("""
                        SELECT starts_at, length_seconds FROM open_space_slots WHERE open_space_id = :id
                        ORDER BY position
                        """)
                .param("id", id)
                .query((r, n) -> new Slot(r.getObject("starts_at", Instant.class),
                        Duration.ofSeconds(r.getLong("length_seconds"))))
                .list();
        List<Space> spaces = jdbc.sql("""
                        SELECT name, capacity FROM open_space_rooms WHERE open_space_id = :id ORDER BY position
                        """)
                .param("id", id)
                .query((r, n) -> new Space(r.getString("name"), r.getInt("capacity")))
                .list();
        return new OpenSpace(id, rs.getLong("gathering_id"), rs.getString("name"),
                SqlArrays.read(rs, "chats", chat -> ChatRef.parse((String) chat)), ZoneId.of(rs.getString("zone")),
                slots, spaces, Phase.valueOf(rs.getString("phase")), rs.getObject("created_at", Instant.class));
    }
}
