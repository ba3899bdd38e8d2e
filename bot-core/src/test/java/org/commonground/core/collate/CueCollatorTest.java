package org.commonground.core.collate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commonground.core.domain.Category;
import org.junit.jupiter.api.Test;

class CueCollatorTest {

    final CueCollator collator = new CueCollator();

    @Test
    void thePromptsCategoryHoldsUnlessTheCuesClearlyPointElsewhere() {
        assertThat(place("my own front door", Category.VISION).category()).isEqualTo(Category.VISION);
        Placement offPrompt = place("the council keep cutting budgets, nobody listens and we can't get an "
                + "assessment, the forms are a barrier", Category.VISION);
        assertThat(offPrompt.category()).isEqualTo(Category.OBSTACLE);
        assertThat(place("let's write to the paper", Category.IDEA).confidence()).isGreaterThan(0.9);
    }

    @Test
    void anOpenPromptWithoutCuesIsUnsure() {
        Placement unsure = place("hmm", null);
        assertThat(unsure.confidence()).isLessThan(0.5);
        assertThat(place("we should start a petition", null).category()).isEqualTo(Category.IDEA);
    }

    @Test
    void everyReplyLandsInExactlyOneThemeOfItsCategoryAndTheResultIsStable() {
        List<CollationInput> inputs = List.of(
                new CollationInput("a", "The forms ask the same questions", Category.OBSTACLE, null, null),
                new CollationInput("b", "Endless forms asking the same questions again", Category.OBSTACLE, null, null),
                new CollationInput("c", "Buses that never come", Category.OBSTACLE, null, null),
                new CollationInput("d", "Ask our MP", Category.TARGET, Category.TARGET, null));

        Collation first = collator.collate(inputs, CollationContext.OFFLINE);
        Collation second = collator.collate(inputs, CollationContext.OFFLINE);

        assertThat(first).isEqualTo(second);
        assertThat(first.placed()).extracting(Collation.Placed::key).containsExactly("a", "b", "c", "d");
        assertThat(first.themes()).flatExtracting(Collation.ThemeDraft::keys).containsExactlyInAnyOrder("a", "b", "c", "d");
        Collation.ThemeDraft forms = first.themes().get(0);
        assertThat(forms.keys()).containsExactlyInAnyOrder("a", "b");
        assertThat(forms.label()).containsIgnoringCase("forms");
        assertThat(first.placed().get(3).confidence()).isEqualTo(1.0);
    }

    private Placement place(String text, Category prior) {
        return collator.place(text, prior, CollationContext.OFFLINE);
    }
}
