package org.commonground.core.collate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.commonground.core.domain.Category;
import org.commonground.core.port.CollationMemory;
import org.commonground.core.port.SentenceEncoder;
import org.junit.jupiter.api.Test;

/** The collator's behaviour on the lexical encoder, which needs no native runtime. */
class EmbeddingCollatorTest {

    final CountingEncoder encoder = new CountingEncoder();
    final EmbeddingCollator collator = new EmbeddingCollator(encoder, new SimpleTermAnalyzer(), CollationMemory.NONE);

    @Test
    void thePromptsCategoryStandsUnlessTheReplyClearlySaysOtherwise() {
        Placement onPrompt = collator.place("the forms are endless and nobody reads them", Category.OBSTACLE,
                CollationContext.OFFLINE);
        Placement offPrompt = collator.place("let's start a petition and we could write to the paper",
                Category.VISION, CollationContext.OFFLINE);

        assertThat(onPrompt.category()).isEqualTo(Category.OBSTACLE);
        assertThat(onPrompt.confidence()).isGreaterThan(0.5);
        assertThat(offPrompt.category()).isEqualTo(Category.IDEA);
        assertThat(offPrompt.features().model()).isEqualTo(LexicalEncoder.MODEL);
    }

    @Test
    void anOpenPromptIsDecidedByTheEvidenceAloneAndAVagueReplyIsUnsure() {
        assertThat(collator.place("our ward councillors", null, CollationContext.OFFLINE).category())
                .isEqualTo(Category.TARGET);
        assertThat(collator.place("hmm", null, CollationContext.OFFLINE).confidence()).isLessThan(0.5);
    }

    @Test
    void everyReplyLandsInOneThemeInInputOrderAndAPersonsCategoryIsKept() {
        List<CollationInput> inputs = List.of(
                input("1", "buses stop at six so i cant get to work", Category.OBSTACLE),
                input("2", "no buses after six in the evening", Category.OBSTACLE),
                new CollationInput("3", "the buses stop early", Category.OBSTACLE, Category.IDEA, null),
                input("4", "every form asks the same questions", Category.OBSTACLE));

        Collation collation = collator.collate(inputs, CollationContext.OFFLINE);

        assertThat(collation.placed()).extracting(Collation.Placed::key).containsExactly("1", "2", "3", "4");
        assertThat(collation.placed().get(2).category()).isEqualTo(Category.IDEA);
        assertThat(collation.placed().get(2).confidence()).isEqualTo(1.0);
        Map<String, List<String>> themes = collation.themes().stream()
                .collect(Collectors.toMap(Collation.ThemeDraft::id, Collation.ThemeDraft::keys));
        assertThat(themes.values().stream().flatMap(List::stream)).containsExactlyInAnyOrder("1", "2", "3", "4");
        assertThat(collation.placed().get(0).themeId()).isEqualTo(collation.placed().get(1).themeId());
        assertThat(collator.collate(inputs, CollationContext.OFFLINE)).isEqualTo(collation);
    }

    @Test
    void audiencesAreNormalisedAndCounted() {
        Collation collation = collator.collate(List.of(
                input("1", "cllr Jones", Category.TARGET),
                input("2", "our ward councillors", Category.TARGET),
                input("3", "the local paper", Category.TARGET),
                input("4", "Councillor Patel and the MP", Category.TARGET)), CollationContext.OFFLINE);

        assertThat(collation.themes()).first().satisfies(theme -> {
            assertThat(theme.label()).isEqualTo("Councillors");
            assertThat(theme.keys()).containsExactlyInAnyOrder("1", "2", "4");
        });
        assertThat(collation.themes()).extracting(Collation.ThemeDraft::label).contains("The local paper and radio");
    }

    @Test
    void vectorsStoredAtIntakeAreReusedAndOthersAreComputed() {
        Features stored = collator.place("a stall at the summer fair", Category.IDEA, CollationContext.OFFLINE).features();
        encoder.texts.clear();
        Features stale = new Features("an-old-model", new float[] {1f});

        collator.collate(List.of(new CollationInput("1", "a stall at the summer fair", Category.IDEA, null, stored),
                new CollationInput("2", "a stall at the fair", Category.IDEA, null, stale)), CollationContext.OFFLINE);

        assertThat(encoder.texts).containsExactly("a stall at the fair");
    }

    @Test
    void aThemeIsNamedByTheWordsItsRepliesShare() {
        assertThat(themesOf("the forms are endless", "forms forms forms", "so many forms to fill",
                "the buses stop at six"))
                .filteredOn(theme -> theme.keys().size() == 3).singleElement().satisfies(theme -> {
                    assertThat(theme.label()).isEqualTo("Forms");
                    assertThat(theme.quoteKey()).isEqualTo(theme.keys().get(0));
                });
    }

    @Test
    void aSharedWordMostlyWrittenInAPhraseIsNamedByThePhrase() {
        assertThat(themesOf("the waiting list is two years", "two years on a waiting list",
                "waiting lists for everything"))
                .singleElement().satisfies(theme -> assertThat(theme.label()).isEqualTo("Waiting list"));
    }

    /** The themes of these obstacles, collated together. */
    private List<Collation.ThemeDraft> themesOf(String... obstacles) {
        List<CollationInput> inputs = new ArrayList<>();
        for (String text : obstacles) {
            inputs.add(input(Integer.toString(inputs.size() + 1), text, Category.OBSTACLE));
        }
        return collator.collate(inputs, CollationContext.OFFLINE).themes();
    }

    private static CollationInput input(String key, String text, Category prior) {
        return new CollationInput(key, text, prior, null, null);
    }

    /** The lexical encoder, recording what it was asked to encode (the team's exemplars among them). */
    @Test
    void repliesPreparedTogetherArePlacedAsEachAloneAndEncodedOnce() {
        String late = "no buses after six in the evening";
        String plan = "let's write to the paper";
        Placement alone = new EmbeddingCollator(new LexicalEncoder(), new SimpleTermAnalyzer(), CollationMemory.NONE)
                .place(late, Category.OBSTACLE, CollationContext.OFFLINE);
        collator.place("the classifier is trained on first use", null, CollationContext.OFFLINE);
        encoder.texts.clear();
        encoder.batches.clear();

        collator.prepare(List.of(late, plan, late));
        Placement prepared = collator.place(late, Category.OBSTACLE, CollationContext.OFFLINE);
        collator.place(late, Category.OBSTACLE, CollationContext.OFFLINE);

        assertThat(prepared.category()).isEqualTo(alone.category());
        assertThat(prepared.confidence()).isEqualTo(alone.confidence());
        assertThat(prepared.features().vector()).isEqualTo(alone.features().vector());
        assertThat(encoder.batches).containsExactly(List.of(late, plan));
        // each prepared text serves one placing; the same text again is encoded afresh
        assertThat(encoder.texts).containsExactly(late, plan, late);
    }

    static final class CountingEncoder implements SentenceEncoder {
        final LexicalEncoder lexical = new LexicalEncoder();
        final List<String> texts = new ArrayList<>();
        final List<List<String>> batches = new ArrayList<>();

        @Override
        public String model() {
            return lexical.model();
        }

        @Override
        public synchronized Features encode(String text) {
            texts.add(text);
            return lexical.encode(text);
        }

        @Override
        public synchronized List<Features> encodeAll(List<String> batch) {
            batches.add(List.copyOf(batch));
            return batch.stream().map(this::encode).toList();
        }
    }
}
