package org.commonground.core.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.commonground.core.collate.Placement;
import org.commonground.core.domain.Category;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Contribution;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.domain.Round;
import org.commonground.core.domain.TextFormat;
import org.commonground.core.domain.Theme;
import org.commonground.core.port.Dialect;
import org.commonground.core.summary.SummaryService.Collated;
import org.commonground.core.testkit.InMemoryCore;
import org.commonground.core.testkit.RecordingPlatform;
import org.junit.jupiter.api.Test;

class ThemeServiceTest {

    static final ChatRef GROUP = ChatRef.parse("tg:-100");
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    final InMemoryCore core = new InMemoryCore(new RecordingPlatform("tg", new Dialect(TextFormat.HTML, 4096)));
    final ThemeService themes = core.services.themeCorrections();

    @Test
    void aRenamedThemeKeepsItsNameAndLaterRepliesInTheGatheringJoinIt() {
        Round first = round();
        long a = reply(first, "bus fares went up again");
        long b = reply(first, "bus fares are too dear");
        reply(first, "every form asks the same questions");
        String busTheme = themeOf(core.services.summaries().collate(first.id()), a);

        Collated renamed = themes.rename(first.id(), busTheme, "  Fares  ");
        assertThat(theme(renamed, a).label()).isEqualTo("Fares");
        assertThat(theme(renamed, a).contributionIds()).containsExactlyInAnyOrder(a, b);
        assertThat(theme(core.services.summaries().collate(first.id()), a).label()).isEqualTo("Fares");

        Round later = round();
        long c = reply(later, "bus fares went up again this year");
        assertThat(theme(core.services.summaries().collate(later.id()), c).label()).isEqualTo("Fares");
    }

    @Test
    void mergedThemesStayTogetherAndSplitRepliesStayApart() {
        Round round = round();
        long a = reply(round, "bus fares went up");
        long b = reply(round, "forms forms forms");
        long c = reply(round, "nobody reads the forms");
        Collated collated = core.services.summaries().collate(round.id());

        Collated merged = themes.merge(round.id(), themeOf(collated, a), themeOf(collated, b), "Money and paperwork");
        assertThat(theme(merged, a).contributionIds()).containsExactlyInAnyOrder(a, b, c);
        assertThat(theme(merged, a).label()).isEqualTo("Money and paperwork");

        Collated split = themes.split(round.id(), theme(merged, a).id(), List.of(a), "Fares");
        assertThat(theme(split, a).contributionIds()).containsExactly(a);
        assertThat(theme(split, a).label()).isEqualTo("Fares");
        assertThat(theme(split, b).contributionIds()).containsExactlyInAnyOrder(b, c);
        assertThat(theme(core.services.summaries().collate(round.id()), b).label()).isEqualTo("Money and paperwork");
    }

    @Test
    void aMovedReplyJoinsTheThemeAndTakesItsCategoryAsAPersonsChoice() {
        Round round = round();
        long a = reply(round, "forms forms forms");
        long b = reply(round, "nobody reads the forms");
        long idea = reply(round, "let's write a simple guide", Category.IDEA);
        Collated collated = core.services.summaries().collate(round.id());

        Collated moved = themes.move(idea, themeOf(collated, a));

        assertThat(theme(moved, a).contributionIds()).containsExactlyInAnyOrder(a, b, idea);
        Contribution reply = core.contributions.find(idea).orElseThrow();
        assertThat(reply.category()).isEqualTo(Category.OBSTACLE);
        assertThat(reply.confirmed()).isTrue();
        assertThat(theme(themes.move(idea, "new"), idea).contributionIds()).containsExactly(idea);
    }

    @Test
    void mistakesAreExplained() {
        Round round = round();
        long a = reply(round, "forms forms forms");
        String id = themeOf(core.services.summaries().collate(round.id()), a);

        assertThatThrownBy(() -> themes.rename(round.id(), "t99", "x")).hasMessageContaining("no theme 't99'");
        assertThatThrownBy(() -> themes.rename(round.id(), id, " ")).hasMessageContaining("name of 1 to 80");
        assertThatThrownBy(() -> themes.merge(round.id(), id, id, null)).hasMessageContaining("with itself");
        assertThatThrownBy(() -> themes.split(round.id(), id, List.of(a), null)).hasMessageContaining("not all");
        assertThatThrownBy(() -> themes.move(999, id)).hasMessageContaining("no contribution 999");
    }

    private Round round() {
        return core.services.rounds().open(List.of(GROUP), "What is in our way?", Category.OBSTACLE, null);
    }

    /** A reply filed under obstacles by a person, so that the test is about themes alone. */
    private long reply(Round round, String text) {
        return reply(round, text, Category.OBSTACLE);
    }

    private long reply(Round round, String text, Category category) {
        long id = core.contributions.add(round.id(), GROUP, "m" + text.hashCode() + round.id(),
                MemberRef.parse("tg:1"), text, new Placement(category, 0.9, null), NOW).orElseThrow().id();
        core.contributions.updateCategory(id, category, 1.0, true);
        return id;
    }

    private static String themeOf(Collated collated, long contributionId) {
        return theme(collated, contributionId).id();
    }

    private static Theme theme(Collated collated, long contributionId) {
        return collated.themes().stream().filter(t -> t.contributionIds().contains(contributionId)).findFirst()
                .orElseThrow();
    }
}
