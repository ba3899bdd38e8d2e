package org.commonground.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.TextFormat;
import org.commonground.core.port.Dialect;
import org.junit.jupiter.api.Test;

class SummaryRendererTest {

    static final String HOSTILE = "@everyone <b>click</b> [x](http://evil) & *bold*";

    @Test
    void headingsFollowTheContractOrderAndCountsAndSimilarAreShown() {
        String text = SummaryRenderer.render(sample(), TextFormat.PLAIN);
        assertThat(text).containsSubsequence("What matters to us · 3 replies from 2 people",
                "• Friends: “time with my mates” (+1 similar)", "Also mentioned:", "◦ “" + HOSTILE + "” — Sam",
                "What's in our way · 1 reply from 1 person", "• “the forms”");
        assertThat(text).doesNotContain("Who we need to persuade");
    }

    @Test
    void htmlEscapesMemberTextSoTelegramShowsItLiterally() {
        String html = SummaryRenderer.render(sample(), TextFormat.HTML);
        assertThat(html).contains("@everyone &lt;b&gt;click&lt;/b&gt; [x](http://evil) &amp; *bold*");
        assertThat(html).contains("<b>What matters to us</b>");
        assertThat(html).doesNotContain("<b>click</b>");
    }

    @Test
    void markdownEscapesFormattingLinksAndMentions() {
        String md = SummaryRenderer.render(sample(), TextFormat.MARKDOWN);
        assertThat(md).contains("@\u200Beveryone \\<b\\>click\\</b\\> \\[x\\]\\(http://evil\\) & \\*bold\\*");
        assertThat(md).contains("**What matters to us**");
        assertThat(md).doesNotContain("[x](http://evil)").doesNotContain("@everyone");
    }

    @Test
    void longSummariesAreSplitAtLineBoundariesUnderTheLimit() {
        List<Summary.ThemeLine> many = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            many.add(new Summary.ThemeLine("Theme " + i, new Summary.Quote("a reply & <number> " + i, null), 2));
        }
        Summary big = new Summary(1, "Q?", 360, 40, List.of(new Summary.Section(Category.IDEA, 360, 40, many, List.of())));
        for (Dialect dialect : List.of(new Dialect(TextFormat.HTML, 4096), new Dialect(TextFormat.MARKDOWN, 2000))) {
            List<String> messages = SummaryRenderer.messages(big, dialect);
            assertThat(messages).hasSizeGreaterThan(1).allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(
                    dialect.maxLength()));
            assertThat(String.join("\n", messages).lines().filter(l -> l.startsWith("• "))).hasSize(120);
        }
    }

    @Test
    void anEmptyRoundSaysSo() {
        assertThat(SummaryRenderer.render(new Summary(1, "Q?", 0, 0, List.of()), TextFormat.PLAIN))
                .contains("No replies yet.");
    }

    static Summary sample() {
        return new Summary(7, "What matters to you?", 4, 3, List.of(
                new Summary.Section(Category.VISION, 3, 2,
                        List.of(new Summary.ThemeLine("Friends", new Summary.Quote("time with my mates", null), 1)),
                        List.of(new Summary.Quote(HOSTILE, "Sam"))),
                new Summary.Section(Category.OBSTACLE, 1, 1, List.of(),
                        List.of(new Summary.Quote("the forms", null)))));
    }
}
