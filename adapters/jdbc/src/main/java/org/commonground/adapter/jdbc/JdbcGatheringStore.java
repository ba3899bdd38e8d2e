package org.commonground.adapter.jdbc;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Gathering;
import org.commonground.core.port.GatheringStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Gatherings on H2, found by the set of their chats. */
public final class JdbcGatheringStore implements GatheringStore {

    private static final GatheringRowMapper ROWS = new GatheringRowMapper();

    private final JdbcClient jdbc;

    public JdbcGatheringStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Gathering findOrCreate(List<ChatRef> chats, String name) {
        List<ChatRef> distinct = chats.stream().distinct().toList();
        String chatSet = distinct.stream().map(ChatRef::toString).sorted().collect(Collectors.joining(" "));
        KeyHolder key = new GeneratedKeyHolder();
        // Inserts only if absent (see JdbcContributionStore#add), so a gathering is never doubled.
        int created = jdbc.sql("""
                        MERGE INTO gatherings g
                        USING (VALUES (CAST(:chatSet AS CHARACTER VARYING))) s (chat_set) ON g.chat_set = s.chat_set
                        WHEN NOT MATCHED THEN INSERT (name, chat_set) VALUES (:name, s.chat_set)
                        """)
                .param("name", name)
                .param("chatSet", chatSet)
                .update(key, "id");
        if (created == 0) {
            return jdbc.sql(GatheringRowMapper.SELECT + " WHERE g.chat_set = :chatSet")
                    .param("chatSet", chatSet)
                    .query(ROWS)
                    .single();
        }
        long id = key.getKeyAs(Long.class);
        for (int i = 0; i < distinct.size(); i++) {
            jdbc.sql("INSERT INTO gathering_chats (gathering_id, position, chat) VALUES (:id, :position, :chat)")
                    .param("id", id)
                    .param("position", i)
                    .param("chat", distinct.get(i).toString())
                    .update();
        }
        return new Gathering(id, name, distinct);
    }

    @Override
    public Optional<Gathering> find(long id) {
        return jdbc.sql(GatheringRowMapper.SELECT + " WHERE g.id = :id").param("id", id).query(ROWS).optional();
    }
}
