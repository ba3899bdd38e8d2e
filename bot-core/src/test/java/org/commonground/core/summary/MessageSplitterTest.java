package org.commonground.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    @Test
    void packsLinesAndNeverBreaksInsideALineThatFits() {
        List<String> parts = MessageSplitter.split(List.of("a".repeat(150), "b".repeat(150), "c".repeat(150)), 310);
        assertThat(parts).containsExactly("a".repeat(150) + "\n" + "b".repeat(150), "c".repeat(150));
    }

    @Test
    void anOverlongLineBreaksAtASpaceAndNotInsideAnEntityOrTag() {
        String line = "word ".repeat(100) + "&amp;&amp;&amp;" + "<b>x</b>".repeat(40);
        List<String> parts = MessageSplitter.split(List.of(line), 250);
        assertThat(parts).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(250);
            assertThat(p).doesNotEndWith("&am").doesNotEndWith("<");
        });
        assertThat(String.join("", parts).replace(" ", "")).isEqualTo(line.replace(" ", ""));
    }

    @Test
    void neverSplitsASurrogatePair() {
        String emoji = "😀".repeat(300);
        List<String> parts = MessageSplitter.split(List.of(emoji), 201);
        assertThat(parts).allSatisfy(p -> assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse());
        assertThat(String.join("", parts)).isEqualTo(emoji);
    }
}
