package org.commonground.testkit.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownMarkupTest {

    @Test
    void markdownV2EntitiesNestAndEscapesAreLiteral() {
        FormattedText parsed = MarkdownV2Markup.parse("*bold _it_* __u__ ~s~ ||sp|| `c` 1\\. done\\!");

        assertThat(parsed.text()).isEqualTo("bold it u s sp c 1. done!");
        assertThat(parsed.entities()).containsExactly(Entity.of("bold", 0, 7), Entity.of("italic", 5, 2),
                Entity.of("underline", 8, 1), Entity.of("strikethrough", 10, 1), Entity.of("spoiler", 12, 2),
                Entity.of("code", 15, 1));
    }

    @Test
    void markdownV2ReadsLinksPreAndQuotes() {
        FormattedText parsed = MarkdownV2Markup.parse(">quote\n[site](https://example.org/a\\)b)```java\nint x;```");

        assertThat(parsed.text()).isEqualTo("quote\nsiteint x;");
        assertThat(parsed.entities()).containsExactly(Entity.of("blockquote", 0, 6),
                new Entity("text_link", 6, 4, "url", "https://example.org/a)b"),
                new Entity("pre", 10, 6, "language", "java"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
        "Done.          | Character '.' is reserved and must be escaped with the preceding '\\'",
        "a-b            | Character '-' is reserved and must be escaped with the preceding '\\'",
        "(x)            | Character '(' is reserved and must be escaped with the preceding '\\'",
        "*open          | Can't find end of Bold entity at byte offset 0",
        "é _x           | Can't find end of Italic entity at byte offset 3",
        "[a](http://x   | Can't find end of a URL at byte offset 4",
        "```java x      | Can't find end of PreCode entity at byte offset 0"
    })
    void markdownV2RefusesWhatTelegramRefusesInItsWords(String markdown, String reason) {
        assertThatThrownBy(() -> MarkdownV2Markup.parse(markdown)).isInstanceOf(MarkupError.class).hasMessage(reason);
    }

    @Test
    void legacyMarkdownHasFewerEntitiesAndNoReservedCharacters() {
        FormattedText parsed = LegacyMarkdownMarkup.parse("*bold* and _it_ at [site](https://example.org). \\_");

        assertThat(parsed.text()).isEqualTo("bold and it at site. _");
        assertThat(parsed.entities()).containsExactly(Entity.of("bold", 0, 4), Entity.of("italic", 9, 2),
                new Entity("text_link", 15, 4, "url", "https://example.org"));
        assertThatThrownBy(() -> LegacyMarkdownMarkup.parse("snake_case")).isInstanceOf(MarkupError.class)
                .hasMessage("Can't find end of the entity starting at byte offset 5");
    }
}
