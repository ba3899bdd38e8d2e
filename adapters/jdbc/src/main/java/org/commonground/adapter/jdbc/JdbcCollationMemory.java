package org.commonground.adapter.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.commonground.core.collate.Anchor;
import org.commonground.core.collate.Exemplar;
import org.commonground.core.collate.Features;
import org.commonground.core.domain.Category;
import org.commonground.core.port.CollationMemory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import com.github.benmanes.caffeine.cache.Ticker;

/**
 * What the collator learned in each gathering, on H2: anchors in {@code theme_anchors} and
 * {@code anchor_pins}; exemplars are the gathering's confirmed contributions with their stored
 * features. The exemplars are read for every reply that arrives, so they are cached briefly.
 */
public final class JdbcCollationMemory implements CollationMemory {

    private final JdbcClient jdbc;
    private final LookupCache<Long, List<Exemplar>> confirmed;

    public JdbcCollationMemory(JdbcClient jdbc, Ticker ticker) {
        this.jdbc = jdbc;
        this.confirmed = new LookupCache<>(ticker, 64);
    }

    @Override
    public List<Exemplar> confirmed(long gatheringId) {
        return confirmed.get(gatheringId, id -> List.copyOf(jdbc.sql("""
                        SELECT c.category, c.text, f.model, f.vector
                        FROM contributions c JOIN rounds r ON r.id = c.round_id
                        LEFT JOIN contribution_features f ON f.contribution_id = c.id
                        WHERE r.gathering_id = :gathering AND c.source = 'CONFIRMED'
                        ORDER BY c.id
                        """)
                .param("gathering", id)
                .query((rs, n) -> new Exemplar(Category.valueOf(rs.getString("category")), rs.getString("text"),
                        features(rs)))
                .list()));
    }

    @Override
    public List<Anchor> anchors(long gatheringId) {
        record Row(long id, Category category, String label, Anchor.Member member) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT a.id, a.category, a.label, p.contribution_id, c.text, f.model, f.vector
                        FROM theme_anchors a
                        LEFT JOIN anchor_pins p ON p.anchor_id = a.id
                        LEFT JOIN contributions c ON c.id = p.contribution_id
                        LEFT JOIN contribution_features f ON f.contribution_id = c.id
                        WHERE a.gathering_id = :gathering
                        ORDER BY a.id, p.contribution_id
                        """)
                .param("gathering", gatheringId)
                .query((rs, n) -> new Row(rs.getLong("id"), Category.valueOf(rs.getString("category")),
                        rs.getString("label"), rs.getObject("contribution_id") == null ? null
                        : new Anchor.Member(rs.getLong("contribution_id"), rs.getString("text"), features(rs))))
                .list();
        Map<Long, List<Row>> byAnchor = new LinkedHashMap<>();
        rows.forEach(row -> byAnchor.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
        List<Anchor> anchors = new ArrayList<>();
        byAnchor.forEach((id, anchorRows) -> {
            Row first = anchorRows.get(0);
            List<Anchor.Member> members = anchorRows.stream().map(Row::member).filter(Objects::nonNull).toList();
            anchors.add(new Anchor(id, first.category(), first.label(), members));
        });
        return anchors;
    }

    @Override
    public long createAnchor(long gatheringId, Category category, String label) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO theme_anchors (gathering_id, category, label) VALUES (:gathering, :category, :label)")
                .param("gathering", gatheringId)
                .param("category", category.name())
                .param("label", label)
                .update(key, "id");
        return key.getKey().longValue();
    }

    @Override
    public void renameAnchor(long anchorId, String label) {
        jdbc.sql("UPDATE theme_anchors SET label = :label WHERE id = :id").param("label", label).param("id", anchorId)
                .update();
    }

    @Override
    public void pin(long anchorId, Collection<Long> contributionIds) {
        for (long contributionId : contributionIds) {
            jdbc.sql("MERGE INTO anchor_pins (contribution_id, anchor_id) KEY (contribution_id) "
                            + "VALUES (:contribution, :anchor)")
                    .param("contribution", contributionId)
                    .param("anchor", anchorId)
                    .update();
        }
    }

    @Override
    public void deleteAnchor(long anchorId) {
        jdbc.sql("DELETE FROM theme_anchors WHERE id = :id").param("id", anchorId).update();
    }

    private static Features features(ResultSet rs) throws SQLException {
        String model = rs.getString("model");
        return model == null ? null : new Features(model, ContributionFeatures.unpack(rs.getBytes("vector")));
    }
}
