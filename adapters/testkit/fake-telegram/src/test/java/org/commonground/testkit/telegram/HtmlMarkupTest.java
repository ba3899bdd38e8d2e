package org.commonground.testkit.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HtmlMarkupTest {

    @Test
    void tagsBecomeEntitiesOverThePlainText() {
        FormattedText parsed = HtmlMarkup.parse("<b>What</b> matters <i>to <u>you</u></i>?");

        assertThat(parsed.text()).isEqualTo("What matters to you?");
        assertThat(parsed.entities()).containsExactly(Entity.of("bold", 0, 4), Entity.of("italic", 13, 6),
                Entity.of("underline", 16, 3));
    }

    @Test
    void offsetsCountUtf16UnitsSoAnEmojiCountsTwice() {
        FormattedText parsed = HtmlMarkup.parse("🙂 <s>gone</s>");

        assertThat(parsed.entities()).containsExactly(Entity.of("strikethrough", 3, 4));
    }

    @Test
    void decodesTheFourNamedReferencesAndNumericOnesAndLeavesOthers() {
        FormattedText parsed = HtmlMarkup.parse("&lt;a&gt; &amp; &quot;&#65;&#x42;&quot; &nbsp;");

        assertThat(parsed.text()).isEqualTo("<a> & \"AB\" &nbsp;");
    }

    @Test
    void readsLinksSpoilersQuotesAndCode() {
        FormattedText parsed = HtmlMarkup.parse("<a href=\"https://example.org/?a=1&amp;b=2\">site</a>"
                + "<tg-spoiler>s</tg-spoiler><span class=\"tg-spoiler\">t</span>"
                + "<blockquote expandable>q</blockquote><pre><code class=\"language-java\">j</code></pre><code>c</code>");

        assertThat(parsed.text()).isEqualTo("sitestqjc");
        assertThat(parsed.entities()).containsExactly(
                new Entity("text_link", 0, 4, "url", "https://example.org/?a=1&b=2"),
                Entity.of("spoiler", 4, 1), Entity.of("spoiler", 5, 1), Entity.of("expandable_blockquote", 6, 1),
                new Entity("pre", 7, 1, "language", "java"), Entity.of("code", 8, 1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
        "a < b            | Unsupported start tag \"\" at byte offset 2",
        "<br>             | Unsupported start tag \"br\" at byte offset 0",
        "é<b              | Unclosed start tag at byte offset 2",
        "<b>x</i>         | Unmatched end tag at byte offset 4, expected \"</b>\", found \"</i>\"",
        "x</b>            | Unexpected end tag at byte offset 1",
        "<b>x</b          | Unclosed end tag at byte offset 4",
        "<b>open          | Can't find end tag corresponding to start tag \"b\"",
        "<span>x</span>   | Tag \"span\" must have class \"tg-spoiler\" at byte offset 0",
        "<a href=x/>y</a> | Unexpected end of name token at byte offset 8",
        "<i =x>y</i>      | Empty attribute name in the tag \"i\" at byte offset 0",
        "<i x>y</i>       | Expected equal sign in declaration of an attribute of the tag \"i\" at byte offset 0",
        "&#xD83D;         | Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units"
    })
    void refusesWhatTelegramRefusesInItsWords(String html, String reason) {
        assertThatThrownBy(() -> HtmlMarkup.parse(html)).isInstanceOf(MarkupError.class).hasMessage(reason);
    }
}
