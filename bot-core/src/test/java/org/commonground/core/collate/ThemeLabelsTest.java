package org.commonground.core.collate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commonground.core.domain.Category;
import org.junit.jupiter.api.Test;

class ThemeLabelsTest {

    private static final List<String> THEME = List.of("nobody ever explains anything", "the forms are endless",
            "forms forms forms", "so many forms to fill");

    @Test
    void theQuoteIsTheMostCentralReplyThatSaysTheSharedWord() {
        ThemeLabels labels = new ThemeLabels(new SimpleTermAnalyzer(), Category.OBSTACLE, THEME);

        assertThat(labels.label(THEME)).isEqualTo(new ThemeLabels.Name("Forms", 1));
    }

    @Test
    void withoutASharedWordTheMostCentralReplyIsQuotedAndNamesTheTheme() {
        List<String> theme = List.of("nobody ever explains anything", "the bus is late");
        ThemeLabels labels = new ThemeLabels(new SimpleTermAnalyzer(), Category.OBSTACLE, theme);

        assertThat(labels.label(theme)).isEqualTo(new ThemeLabels.Name("Nobody ever explains anything", 0));
    }

    @Test
    void aBigThemeIsNamedByAWordAQuarterOfItsRepliesShare() {
        List<String> theme = List.of("more aid for the homeless please", "tiny homes for homeless people",
                "a health clinic downtown", "fix the potholes", "better street lights", "more trees in the park",
                "cheaper bus fares", "a night shelter in winter");
        ThemeLabels labels = new ThemeLabels(new SimpleTermAnalyzer(), Category.IDEA, theme);

        assertThat(labels.label(theme).label()).isEqualTo("Homeless");
    }
}
