package org.commonground.adapter.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.commonground.core.collate.Features;
import org.commonground.core.collate.Placement;
import org.commonground.core.domain.Category;
import org.commonground.core.domain.CategorySource;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Contribution;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.port.ContributionStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Contributions and their features on H2; features and theme places go with a deleted contribution. */
public final class JdbcContributionStore implements ContributionStore {

    private static final ContributionRowMapper ROWS = new ContributionRowMapper();
    private static final String SELECT = "SELECT " + ContributionRowMapper.COLUMNS + " FROM contributions";

    private final JdbcClient jdbc;
    private final ContributionFeatures features;

    public JdbcContributionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.features = new ContributionFeatures(jdbc);
    }

    /**
     * Inserts only if the message is not stored yet, in one MERGE: a redelivered message is answered
     * with empty, and no failed statement is left behind to spoil the caller's transaction. (H2 caches
     * the result of an uncorrelated {@code NOT EXISTS} within a transaction, so an
     * {@code INSERT ... WHERE NOT EXISTS} would not see a row the same transaction just added.)
     */
    @Override
    public Optional<Contribution> add(long roundId, ChatRef chat, String messageId, MemberRef author, String text,
                                      Placement placement, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        int added = jdbc.sql("""
                        MERGE INTO contributions c
                        USING (VALUES (CAST(:chat AS VARCHAR(150)), CAST(:message AS CHARACTER VARYING)))
                            s (chat, message_id)
                        ON c.chat = s.chat AND c.message_id = s.message_id
                        WHEN NOT MATCHED THEN
                            INSERT (round_id, chat, message_id, author, text, category, confidence, source,
                                    created_at, edits)
                            VALUES (:round, s.chat, s.message_id, :author, :text, :category, :confidence, :source,
                                    :at, 0)
                        """)
                .param("round", roundId)
                .param("chat", chat.toString())
                .param("message", messageId)
                .param("author", author.toString())
                .param("text", text)
                .param("category", placement.category().name())
                .param("confidence", placement.confidence())
                .param("source", CategorySource.SUGGESTED.name())
                .param("at", at)
                .update(key, "id");
        if (added == 0) {
            return Optional.empty();
        }
        long id = key.getKeyAs(Long.class);
        features.save(id, placement.features());
        return Optional.of(new Contribution(id, roundId, chat, messageId, author, text, placement.category(),
                placement.confidence(), CategorySource.SUGGESTED, at, null, 0, null));
    }

    @Override
    public Optional<Contribution> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(ROWS).optional();
    }

    @Override
    public Optional<Contribution> findByMessage(ChatRef chat, String messageId) {
        return jdbc.sql(SELECT + " WHERE chat = :chat AND message_id = :message")
                .param("chat", chat.toString())
                .param("message", messageId)
                .query(ROWS)
                .optional();
    }

    @Override
    public List<Contribution> listByRound(long roundId) {
        return jdbc.sql(SELECT + " WHERE round_id = :round ORDER BY id").param("round", roundId).query(ROWS).list();
    }

    @Override
    public List<Contribution> listByAuthor(MemberRef author) {
        return jdbc.sql(SELECT + " WHERE author = :author ORDER BY id")
                .param("author", author.toString())
                .query(ROWS)
                .list();
    }

    @Override
    public void updateText(long id, String text, Placement placement, Instant at) {
        jdbc.sql("""
                        UPDATE contributions SET text = :text, category = :category, confidence = :confidence,
                                                 edited_at = :at, edits = edits + 1
                        WHERE id = :id
                        """)
                .param("text", text)
                .param("category", placement.category().name())
                .param("confidence", placement.confidence())
                .param("at", at)
                .param("id", id)
                .update();
        features.save(id, placement.features());
    }

    @Override
    public void updateCategory(long id, Category category, double confidence, boolean confirmed) {
        // Without confirmation the source stays as it was: a collation never un-confirms a person's choice.
        jdbc.sql("UPDATE contributions SET category = :category, confidence = :confidence, "
                        + "source = CASE WHEN :confirmed THEN :confirmedSource ELSE source END WHERE id = :id")
                .param("category", category.name())
                .param("confidence", confidence)
                .param("confirmed", confirmed)
                .param("confirmedSource", CategorySource.CONFIRMED.name())
                .param("id", id)
                .update();
    }

    @Override
    public void assignThemes(Map<Long, String> themeByContribution) {
        themeByContribution.forEach((id, theme) -> jdbc.sql("UPDATE contributions SET theme_id = :theme WHERE id = :id")
                .param("theme", theme)
                .param("id", id)
                .update());
    }

    @Override
    public Map<Long, Features> features(long roundId) {
        return features.ofRound(roundId);
    }

    @Override
    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM contributions WHERE id = :id").param("id", id).update() > 0;
    }

    @Override
    public int deleteByAuthor(MemberRef author) {
        return jdbc.sql("DELETE FROM contributions WHERE author = :author").param("author", author.toString()).update();
    }
}
