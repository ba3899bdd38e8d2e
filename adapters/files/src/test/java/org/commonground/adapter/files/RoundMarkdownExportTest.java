package org.commonground.adapter.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.commonground.core.exchange.ExportFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundMarkdownExportTest {

    /** A character that starts a link, an image, HTML, code or emphasis, not escaped by a backslash. */
    private static final Pattern UNESCAPED_MARKUP = Pattern.compile("(?<!\\\\)[<\\[\\]`*_&|~]");

    @TempDir
    Path folder;

    private String document;

    @BeforeEach
    void export() throws IOException {
        Path file = folder.resolve("round.md");
        new FileExchangeWriter().writeRound(file, ExportFormat.MARKDOWN, HostileRound.export());
        document = Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void hasOnlyItsOwnHeadingsWithCategoriesInTheContractOrder() {
        assertThat(document.lines().filter(line -> line.startsWith("#"))).containsExactly(
                "# What is in our way? \\<i\\>honestly\\</i\\>",
                "## What matters to us",
                "### \\# say (1 reply)",
                "## What's in our way",
                "### forms \\<script\\> (2 replies)",
                "## What we could do",
                "### a conversation (1 reply)",
                "## Not yet sorted");
        assertThat(document).doesNotContain("Who we need to persuade");
    }

    @Test
    void everyLineIsAHeadingAQuoteOrTheRoundLine() {
        assertThat(document.lines().filter(line -> !line.isEmpty())).allMatch(line -> line.startsWith("#")
                || line.equals(">") || line.startsWith("> ") || line.equals("Round 7 · 5 replies"));
    }

    @Test
    void membersWordsCannotMakeLinksHtmlOrFormatting() {
        assertThat(UNESCAPED_MARKUP.matcher(document).find()).as(document).isFalse();
        assertThat(document).contains("> @everyone \\<b\\>click\\</b\\> \\[x\\](http://evil)");
        assertThat(document)
                .contains("> \\=HYPERLINK(\"http://evil\",\"click\")\n>\n> — \\=Sam \\[admin\\](http://evil)\n");
    }

    @Test
    void lineStartsInRepliesCannotMakeHeadingsListsOrQuotes() {
        assertThat(document).contains("> \\# not a heading\n> 1\\. not a list\n> \\- nor this\n> \\> nor a quote\n");
        assertThat(document).contains("## Not yet sorted\n\n> \\-1 for more forms\n");
    }

    @Test
    void aThemeQuotesItsQuoteFirstAndKeepsLineBreaksEmojiAndCredits() {
        assertThat(document.indexOf("HYPERLINK")).isLessThan(document.indexOf("@everyone"));
        assertThat(document).contains("> We want \"real\" say 🙂👍🏽\n> not a form, a conversation\n");
        assertThat(document).contains(">\n> — Ana\n");
    }
}
