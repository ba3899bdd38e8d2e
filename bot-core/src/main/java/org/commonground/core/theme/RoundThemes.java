package org.commonground.core.theme;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.commonground.core.domain.Round;
import org.commonground.core.domain.Theme;
import org.commonground.core.port.RoundStore;
import org.commonground.core.port.ThemeStore;
import org.commonground.core.summary.SummaryService;

/** A round and the themes of its latest collation, collating it first if it never was. */
final class RoundThemes {

    private final RoundStore rounds;
    private final ThemeStore themes;
    private final SummaryService summaries;

    RoundThemes(RoundStore rounds, ThemeStore themes, SummaryService summaries) {
        this.rounds = rounds;
        this.themes = themes;
        this.summaries = summaries;
    }

    Round round(long roundId) {
        return rounds.find(roundId).orElseThrow(() -> new IllegalArgumentException(
                "There is no round " + roundId + ". `round list` shows the rounds."));
    }

    List<Theme> themes(long roundId) {
        round(roundId);
        List<Theme> latest = themes.list(roundId);
        return latest.isEmpty() ? summaries.collate(roundId).themes() : latest;
    }

    Optional<Theme> theme(long roundId, String themeId) {
        String id = themeId == null ? "" : themeId.strip().toLowerCase(Locale.ROOT);
        return themes(roundId).stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
