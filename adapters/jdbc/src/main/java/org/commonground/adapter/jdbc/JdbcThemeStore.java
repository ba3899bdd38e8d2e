package org.commonground.adapter.jdbc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.commonground.core.domain.Theme;
import org.commonground.core.port.ThemeStore;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The themes of each round's latest collation, on H2. */
public final class JdbcThemeStore implements ThemeStore {

    private static final ThemeRowMapper ROWS = new ThemeRowMapper();

    private final JdbcClient jdbc;

    public JdbcThemeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void replace(long roundId, List<Theme> themes) {
        jdbc.sql("DELETE FROM themes WHERE round_id = :round").param("round", roundId).update();
        for (int i = 0; i < themes.size(); i++) {
            Theme theme = themes.get(i);
            jdbc.sql("""
                            INSERT INTO themes (round_id, theme_id, position, category, label, quote_id)
                            VALUES (:round, :theme, :position, :category, :label, :quote)
                            """)
                    .param("round", roundId)
                    .param("theme", theme.id())
                    .param("position", i)
                    .param("category", theme.category().name())
                    .param("label", theme.label())
                    .param("quote", theme.quoteId())
                    .update();
            List<Long> members = theme.contributionIds();
            for (int j = 0; j < members.size(); j++) {
                jdbc.sql("""
                                INSERT INTO theme_contributions (round_id, theme_id, position, contribution_id)
                                VALUES (:round, :theme, :position, :contribution)
                                """)
                        .param("round", roundId)
                        .param("theme", theme.id())
                        .param("position", j)
                        .param("contribution", members.get(j))
                        .update();
            }
        }
    }

    /** Largest first; themes of the same size keep the order the collator gave them. */
    @Override
    public List<Theme> list(long roundId) {
        List<Theme> themes = new ArrayList<>(jdbc.sql(ThemeRowMapper.SELECT + " WHERE t.round_id = :round "
                        + "ORDER BY t.position")
                .param("round", roundId)
                .query(ROWS)
                .list());
        themes.sort(Comparator.comparingInt(Theme::size).reversed());
        return themes;
    }
}
