package org.commonground.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.adapter.jdbc.TestDatabase.T0;
import static org.commonground.adapter.jdbc.TestDatabase.placement;

import java.util.List;
import java.util.stream.IntStream;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.domain.Round;
import org.commonground.core.domain.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbcThemeStoreTest {

    private final TestDatabase db = new TestDatabase();
    private final JdbcThemeStore themes = db.themes();
    private final JdbcContributionStore contributions = db.contributions();
    private final Round round = db.openRound("telegram:-100123");
    private final List<Long> ids = IntStream.range(0, 6).mapToObj(this::reply).toList();

    @AfterEach
    void close() {
        db.close();
    }

    private long reply(int n) {
        return contributions.add(round.id(), round.chats().get(0), "m" + n, new MemberRef("telegram", "u" + n),
                "reply " + n, placement(Category.OBSTACLE, 0.8), T0).orElseThrow().id();
    }

    private Theme theme(String id, Category category, String label, int... members) {
        List<Long> memberIds = IntStream.of(members).mapToObj(ids::get).toList();
        return new Theme(id, round.id(), category, label, memberIds, memberIds.get(0));
    }

    @Test
    void listsTheRoundsThemesLargestFirstWithTheirRepliesInOrder() {
        Theme small = theme("t1", Category.OBSTACLE, "Forms & \"paperwork\"", 4);
        Theme large = theme("t2", Category.IDEA, "Summer fair stall 🎪", 2, 0, 3);
        Theme middle = theme("t3", Category.VISION, "<Football> with mates", 5, 1);

        themes.replace(round.id(), List.of(small, large, middle));

        assertThat(themes.list(round.id())).containsExactly(large, middle, small);
    }

    @Test
    void themesOfTheSameSizeKeepTheCollatorsOrder() {
        List<Theme> given = List.of(theme("t9", Category.IDEA, "b", 0), theme("t1", Category.IDEA, "a", 1),
                theme("t5", Category.IDEA, "c", 2));

        themes.replace(round.id(), given);

        assertThat(themes.list(round.id())).containsExactlyElementsOf(given);
    }

    @Test
    void replacingDropsTheEarlierThemes() {
        themes.replace(round.id(), List.of(theme("t1", Category.IDEA, "old", 0, 1), theme("t2", Category.IDEA, "x", 2)));
        Theme fresh = theme("t1", Category.TARGET, "new", 3);

        themes.replace(round.id(), List.of(fresh));

        assertThat(themes.list(round.id())).containsExactly(fresh);
        assertThat(db.count("theme_contributions")).isEqualTo(1);
    }

    @Test
    void keepsEachRoundsThemesApart() {
        Round other = db.openRound("discord:1");
        themes.replace(round.id(), List.of(theme("t1", Category.IDEA, "mine", 0)));

        assertThat(themes.list(other.id())).isEmpty();
        themes.replace(other.id(), List.of());
        assertThat(themes.list(round.id())).hasSize(1);
    }

    @Test
    void aDeletedReplyLeavesItsTheme() {
        themes.replace(round.id(), List.of(theme("t1", Category.IDEA, "fair", 0, 1)));

        contributions.delete(ids.get(1));

        assertThat(themes.list(round.id()).get(0).contributionIds()).containsExactly(ids.get(0));
    }

    @Test
    void aMembersContributionsLeaveThemesWhenTheyAreForgotten() {
        themes.replace(round.id(), List.of(theme("t1", Category.IDEA, "fair", 0, 1, 2)));

        contributions.deleteByAuthor(new MemberRef("telegram", "u1"));

        assertThat(themes.list(round.id()).get(0).contributionIds()).containsExactly(ids.get(0), ids.get(2));
    }
}
