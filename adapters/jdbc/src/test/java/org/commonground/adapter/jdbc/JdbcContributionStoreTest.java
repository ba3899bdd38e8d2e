package org.commonground.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.adapter.jdbc.TestDatabase.T0;
import static org.commonground.adapter.jdbc.TestDatabase.placement;

import java.util.Map;
import java.util.Optional;

import org.commonground.core.collate.Features;
import org.commonground.core.collate.Placement;
import org.commonground.core.domain.Category;
import org.commonground.core.domain.CategorySource;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Contribution;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.domain.Round;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbcContributionStoreTest {

    static final String HOSTILE = "It's \"free\" — isn't it? 😀👩🏽‍🦽 <script>alert('x')</script> <b>bold</b> & "
            + "'; DROP TABLE contributions; -- \\ % _ \n second line\ttab ";

    private final TestDatabase db = new TestDatabase();
    private final JdbcContributionStore contributions = db.contributions();
    private final Round round = db.openRound("telegram:-100123");
    private final ChatRef chat = round.chats().get(0);
    private final MemberRef ana = MemberRef.parse("telegram:4242");
    private final MemberRef bo = MemberRef.parse("telegram:777");

    @AfterEach
    void close() {
        db.close();
    }

    private Contribution add(String messageId, MemberRef author, String text) {
        return contributions.add(round.id(), chat, messageId, author, text, placement(Category.OBSTACLE, 0.7, 1f, 2f), T0)
                .orElseThrow();
    }

    @Test
    void storesAReplyAsSuggestedAndFindsItByIdAndMessage() {
        Contribution added = contributions.add(round.id(), chat, "501", ana, "every form asks the same questions",
                placement(Category.OBSTACLE, 0.62), T0).orElseThrow();

        assertThat(added).isEqualTo(new Contribution(added.id(), round.id(), chat, "501", ana,
                "every form asks the same questions", Category.OBSTACLE, 0.62, CategorySource.SUGGESTED, T0, null, 0,
                null));
        assertThat(contributions.find(added.id())).contains(added);
        assertThat(contributions.findByMessage(chat, "501")).contains(added);
        assertThat(contributions.findByMessage(chat, "502")).isEmpty();
        assertThat(contributions.find(added.id() + 1)).isEmpty();
    }

    @Test
    void aMessageIsStoredOnceWhateverIsRedelivered() {
        Contribution first = add("501", ana, "first text");

        Optional<Contribution> again = contributions.add(round.id(), chat, "501", ana, "redelivered",
                placement(Category.IDEA, 0.9, 9f), T0.plusSeconds(5));

        assertThat(again).isEmpty();
        assertThat(contributions.listByRound(round.id())).containsExactly(first);
        assertThat(contributions.features(round.id()).get(first.id()).vector()).containsExactly(1f, 2f);
    }

    @Test
    void theSameMessageIdInAnotherChatIsAnotherReply() {
        add("501", ana, "in telegram");

        Optional<Contribution> elsewhere = contributions.add(round.id(), ChatRef.parse("discord:1"), "501", ana,
                "in discord", placement(Category.IDEA, 0.9), T0);

        assertThat(elsewhere).isPresent();
    }

    @Test
    void listsARoundsRepliesInArrivalOrderAndAMembersOldestFirst() {
        Round other = db.openRound("discord:1");
        Contribution a1 = add("1", ana, "a1");
        Contribution b1 = add("2", bo, "b1");
        Contribution a2 = contributions.add(other.id(), other.chats().get(0), "1", ana, "a2",
                placement(Category.IDEA, 0.5), T0).orElseThrow();
        Contribution a3 = add("3", ana, "a3");

        assertThat(contributions.listByRound(round.id())).containsExactly(a1, b1, a3);
        assertThat(contributions.listByRound(other.id())).containsExactly(a2);
        assertThat(contributions.listByAuthor(ana)).containsExactly(a1, a2, a3);
    }

    @Test
    void anEditReplacesTextPlacementAndFeaturesAndIsCounted() {
        Contribution added = add("501", ana, "before");

        contributions.updateText(added.id(), "after", placement(Category.IDEA, 0.4, 7f, 8f, 9f), T0.plusSeconds(30));
        contributions.updateText(added.id(), "after again", placement(Category.IDEA, 0.45, 6f), T0.plusSeconds(60));

        Contribution edited = contributions.find(added.id()).orElseThrow();
        assertThat(edited.text()).isEqualTo("after again");
        assertThat(edited.category()).isEqualTo(Category.IDEA);
        assertThat(edited.confidence()).isEqualTo(0.45);
        assertThat(edited.editedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(edited.edits()).isEqualTo(2);
        assertThat(edited.createdAt()).isEqualTo(T0);
        assertThat(contributions.features(round.id()).get(added.id()).vector()).containsExactly(6f);
    }

    @Test
    void anEditWithoutFeaturesDropsTheOldOnes() {
        Contribution added = add("501", ana, "before");

        contributions.updateText(added.id(), "after", new Placement(Category.IDEA, 0.4, null), T0);

        assertThat(contributions.features(round.id())).isEmpty();
    }

    @Test
    void aCategoryIsSuggestedUntilAPersonConfirmsItAndThenStaysConfirmed() {
        Contribution added = add("501", ana, "text");
        contributions.updateCategory(added.id(), Category.IDEA, 0.4, false);
        assertThat(contributions.find(added.id()).orElseThrow().source()).isEqualTo(CategorySource.SUGGESTED);

        contributions.updateCategory(added.id(), Category.TARGET, 1.0, true);
        Contribution confirmed = contributions.find(added.id()).orElseThrow();
        assertThat(confirmed.category()).isEqualTo(Category.TARGET);
        assertThat(confirmed.confidence()).isEqualTo(1.0);
        assertThat(confirmed.confirmed()).isTrue();

        contributions.updateCategory(added.id(), Category.VISION, 0.3, false);
        Contribution recollated = contributions.find(added.id()).orElseThrow();
        assertThat(recollated.source()).isEqualTo(CategorySource.CONFIRMED);
        assertThat(recollated.category()).isEqualTo(Category.VISION);
    }

    @Test
    void recordsEachRepliesTheme() {
        Contribution a = add("1", ana, "a");
        Contribution b = add("2", bo, "b");

        contributions.assignThemes(Map.of(a.id(), "t1", b.id(), "t2"));
        contributions.assignThemes(Map.of(b.id(), "t1"));

        assertThat(contributions.listByRound(round.id())).extracting(Contribution::themeId).containsExactly("t1", "t1");
    }

    @Test
    void featuresComeBackBitForBitPerRound() {
        float[] values = {0f, -0f, 1.5f, -3.25e-12f, Float.MAX_VALUE, Float.MIN_VALUE, Float.NaN,
                Float.NEGATIVE_INFINITY};
        Contribution exotic = contributions.add(round.id(), chat, "1", ana, "x",
                placement(Category.IDEA, 0.5, values), T0).orElseThrow();
        float[] wide = new float[512];
        for (int i = 0; i < wide.length; i++) {
            wide[i] = (float) Math.sin(i) * i;
        }
        Contribution real = contributions.add(round.id(), chat, "2", bo, "y",
                new Placement(Category.VISION, 0.9, new Features("lexical-hash-512/1", wide)), T0).orElseThrow();
        Contribution bare = contributions.add(round.id(), chat, "3", bo, "z",
                new Placement(Category.VISION, 0.9, null), T0).orElseThrow();
        Round other = db.openRound("discord:1");
        contributions.add(other.id(), other.chats().get(0), "1", ana, "elsewhere", placement(Category.IDEA, 0.5, 4f), T0);

        Map<Long, Features> features = contributions.features(round.id());

        assertThat(features).containsOnlyKeys(exotic.id(), real.id());
        assertThat(features.get(exotic.id()).model()).isEqualTo("test-model/1");
        assertThat(bits(features.get(exotic.id()).vector())).containsExactly(bits(values));
        assertThat(features.get(real.id()).model()).isEqualTo("lexical-hash-512/1");
        assertThat(features.get(real.id()).vector()).containsExactly(wide);
        assertThat(features).doesNotContainKey(bare.id());
    }

    private static int[] bits(float[] vector) {
        int[] bits = new int[vector.length];
        for (int i = 0; i < vector.length; i++) {
            bits[i] = Float.floatToRawIntBits(vector[i]);
        }
        return bits;
    }

    @Test
    void deletesAReplyWithItsFeatures() {
        Contribution gone = add("1", ana, "gone");
        Contribution kept = add("2", ana, "kept");

        assertThat(contributions.delete(gone.id())).isTrue();
        assertThat(contributions.delete(gone.id())).isFalse();

        assertThat(contributions.listByRound(round.id())).containsExactly(kept);
        assertThat(contributions.features(round.id())).containsOnlyKeys(kept.id());
        assertThat(db.count("contribution_features")).isEqualTo(1);
    }

    @Test
    void deletesEveryReplyOfAMemberEverywhere() {
        Round other = db.openRound("discord:1");
        add("1", ana, "one");
        Contribution theirs = add("2", bo, "theirs");
        contributions.add(other.id(), other.chats().get(0), "1", ana, "two", placement(Category.IDEA, 0.5, 1f), T0);

        assertThat(contributions.deleteByAuthor(ana)).isEqualTo(2);
        assertThat(contributions.deleteByAuthor(ana)).isZero();

        assertThat(contributions.listByAuthor(ana)).isEmpty();
        assertThat(contributions.listByAuthor(bo)).containsExactly(theirs);
        assertThat(db.count("contribution_features")).isEqualTo(1);
    }

    @Test
    void keepsHostileAndLongTextExactly() {
        String long4000 = ("Support should fit my life — not the other way round. ✊🏾 ".repeat(80)).substring(0, 4000);
        Contribution hostile = add("<msg id='1'>", MemberRef.parse("discord:o'brien"), HOSTILE);
        Contribution longOne = add("2", ana, long4000);

        assertThat(contributions.find(hostile.id()).orElseThrow().text()).isEqualTo(HOSTILE);
        assertThat(contributions.findByMessage(chat, "<msg id='1'>")).contains(hostile);
        assertThat(contributions.listByAuthor(MemberRef.parse("discord:o'brien"))).containsExactly(hostile);
        assertThat(contributions.find(longOne.id()).orElseThrow().text()).hasSize(4000).isEqualTo(long4000);
    }
}
