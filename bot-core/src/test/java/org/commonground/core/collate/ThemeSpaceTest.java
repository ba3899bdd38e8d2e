package org.commonground.core.collate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.commonground.core.domain.Category;
import org.commonground.core.port.CollationMemory;
import org.junit.jupiter.api.Test;

/** The theme space, learnt here for the lexical encoder from a few labelled replies. */
class ThemeSpaceTest {

    static final Map<String, String> LABELLED = Map.ofEntries(
            Map.entry("stuck in the queue for months", "Waiting lists"),
            Map.entry("the queue is years long", "Waiting lists"),
            Map.entry("my referral was lost", "Waiting lists"),
            Map.entry("they closed my referral", "Waiting lists"),
            Map.entry("waiting and waiting on a list", "Waiting lists"),
            Map.entry("we cannot afford the charges", "Money"),
            Map.entry("the charges doubled this year", "Money"),
            Map.entry("costs went up again", "Money"),
            Map.entry("rising costs since the cuts", "Money"),
            Map.entry("no money left after rent", "Money"));

    final LexicalEncoder encoder = new LexicalEncoder();
    final ThemeSpace space = ThemeSpace.learn(LexicalEncoder.MODEL,
            LABELLED.keySet().stream().map(text -> encoder.encode(text).vector()).toList(),
            LABELLED.values().stream().map(label -> encoder.encode(label).vector()).toList(),
            CollationSettings.DEFAULT);

    @Test
    void repliesThatShareAConcernButNoWordGroupTogetherInTheSpace() {
        List<CollationInput> inputs = List.of(
                obstacle("1", "the queue never moves"),
                obstacle("2", "my referral vanished"),
                obstacle("3", "the charges are too much"),
                obstacle("4", "costs keep rising"));

        Collation inSpace = collator(space).collate(inputs, CollationContext.OFFLINE);
        Collation asTheyAre = collator(ThemeSpace.learn("another model", List.of(new float[2]),
                List.of(new float[2]), CollationSettings.DEFAULT)).collate(inputs, CollationContext.OFFLINE);

        assertThat(themeOf(inSpace, 0)).isEqualTo(themeOf(inSpace, 1)).isNotEqualTo(themeOf(inSpace, 2));
        assertThat(themeOf(inSpace, 2)).isEqualTo(themeOf(inSpace, 3));
        assertThat(themeOf(asTheyAre, 0)).isNotEqualTo(themeOf(asTheyAre, 1));
    }

    @Test
    void aVectorMovedIntoTheSpaceHasUnitLengthAndOneOfAnotherLengthStaysAsItIs() {
        float[] moved = space.apply(encoder.encode("the queue never moves").vector());
        float[] other = {1f, 0f};

        assertThat(Vectors.dot(moved, moved)).isCloseTo(1f, within(1e-5f));
        assertThat(space.apply(other)).isSameAs(other);
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        space.write(written);

        ThemeSpace read = ThemeSpace.read(new ByteArrayInputStream(written.toByteArray()));

        assertThat(read.model()).isEqualTo(LexicalEncoder.MODEL);
        float[] vector = encoder.encode("my referral vanished").vector();
        assertThat(read.apply(vector)).containsExactly(space.apply(vector));
    }

    private EmbeddingCollator collator(ThemeSpace themes) {
        return new EmbeddingCollator(encoder, new SimpleTermAnalyzer(), CollationMemory.NONE,
                CollationSettings.DEFAULT, CategoryModel.shipped(), themes);
    }

    private static CollationInput obstacle(String key, String text) {
        return new CollationInput(key, text, Category.OBSTACLE, Category.OBSTACLE, null);
    }

    private static String themeOf(Collation collation, int index) {
        return collation.placed().get(index).themeId();
    }
}
