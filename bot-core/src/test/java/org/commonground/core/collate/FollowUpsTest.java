package org.commonground.core.collate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commonground.core.domain.Category;
import org.commonground.core.port.CollationMemory;
import org.junit.jupiter.api.Test;

class FollowUpsTest {

    @Test
    void aReplyThatOpensByAgreeingIsAFollowUp() {
        assertThat(List.of("+1 flexible work is everything", "same, a group like this but in person",
                "Same here!! my GP had no idea", "me too tbh", "same as jo said about being listened to",
                "^ this", "this!! so much this", "agreed, the forms are awful", "100% the buses"))
                .allMatch(FollowUps::agrees);
        assertThat(List.of("the same questions on every form", "this council never listens",
                "sameday appointments", "agreement with the council on funding", "1 more thing: transport"))
                .noneMatch(FollowUps::agrees);
    }

    @Test
    void itAgreesWithTheClosestOfTheFewRepliesJustBeforeIt() {
        List<float[]> vectors = List.of(new float[] {1, 0}, new float[] {0, 1}, new float[] {0, 1},
                new float[] {0.6f, 0.8f}, new float[] {1, 0});

        assertThat(FollowUps.agreedWith(List.of(0, 1, 2, 3, 4), 3, vectors)).isEqualTo(1);
        // only the last three count, however close an older one is
        assertThat(FollowUps.agreedWith(List.of(0, 1, 2, 3, 4), 4, vectors)).isEqualTo(3);
        assertThat(FollowUps.agreedWith(List.of(0, 1, 2, 3, 4), 1, vectors)).isEqualTo(0);
        assertThat(FollowUps.agreedWith(List.of(0, 1), 0, vectors)).isEqualTo(-1);
    }

    @Test
    void aFollowUpJoinsTheThemeOfWhatItAgreesWithThoughItSharesNoWords() {
        EmbeddingCollator collator = new EmbeddingCollator(new LexicalEncoder(), new SimpleTermAnalyzer(),
                CollationMemory.NONE);
        List<CollationInput> inputs = List.of(
                new CollationInput("1", "a job where i can do my physio in the morning", Category.VISION,
                        Category.VISION, null),
                new CollationInput("2", "+1 flexible hours are everything", Category.VISION, Category.VISION, null),
                new CollationInput("3", "holidays abroad with my partner", Category.VISION, Category.VISION, null));

        Collation collation = collator.collate(inputs, CollationContext.OFFLINE);

        assertThat(collation.placed().get(1).themeId()).isEqualTo(collation.placed().get(0).themeId());
        assertThat(collation.placed().get(2).themeId()).isNotEqualTo(collation.placed().get(0).themeId());
    }
}
