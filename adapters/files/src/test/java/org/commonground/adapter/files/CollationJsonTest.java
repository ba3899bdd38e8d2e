package org.commonground.adapter.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.commonground.core.collate.Collation;
import org.commonground.core.collate.EmbeddingCollator;
import org.commonground.core.collate.LexicalEncoder;
import org.commonground.core.collate.SimpleTermAnalyzer;
import org.commonground.core.domain.Category;
import org.commonground.core.exchange.CollateFileService;
import org.commonground.core.exchange.ReplyRow;
import org.commonground.core.port.CollationMemory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollationJsonTest {

    private static final List<ReplyRow> ROWS = List.of(
            row("r1", "every form asks the same questions"),
            row("r2", HostileRound.MARKUP),
            row("r3", "nobody reads the forms"),
            row("r4", "forms, forms and more forms 🙂\nagain"),
            row("r5", "our ward councillors"),
            row("r6", "the forms again"));

    @TempDir
    Path folder;

    private final FileExchangeWriter writer = new FileExchangeWriter();

    @Test
    void writesTheContractFieldsInTheContractOrder() throws IOException {
        JsonNode json = write(ROWS, collation());

        assertThat(names(json)).containsExactly("contributions", "themes");
        assertThat(names(json.get("contributions").get(0)))
                .containsExactly("id", "text", "category", "confidence", "theme");
        assertThat(names(json.get("themes").get(0))).containsExactly("id", "category", "label", "size", "quotes");
    }

    @Test
    void hasOneContributionPerRowInRowOrderWithTheCollationsPlacing() throws IOException {
        JsonNode contributions = write(ROWS, collation()).get("contributions");

        assertThat(contributions).extracting(c -> c.get("id").asText())
                .containsExactly("r1", "r2", "r3", "r4", "r5", "r6");
        assertThat(contributions).extracting(c -> c.get("text").asText())
                .containsExactlyElementsOf(ROWS.stream().map(ReplyRow::text).toList());
        assertThat(contributions).extracting(c -> c.get("category").asText())
                .containsExactly("OBSTACLE", "OBSTACLE", "OBSTACLE", "OBSTACLE", "TARGET", "OBSTACLE");
        assertThat(contributions).extracting(c -> c.get("confidence").asDouble())
                .containsExactly(0.83, 0.67, 1.0, 0.8, 0.5, 0.9);
        assertThat(contributions).extracting(c -> c.get("theme").asText())
                .containsExactly("t1", "t2", "t1", "t1", "t3", "t1");
    }

    @Test
    void aThemeHasItsSizeAndUpToThreeQuotesItsQuoteFirst() throws IOException {
        JsonNode themes = write(ROWS, collation()).get("themes");

        JsonNode forms = themes.get(0);
        assertThat(forms.get("id").asText()).isEqualTo("t1");
        assertThat(forms.get("category").asText()).isEqualTo("OBSTACLE");
        assertThat(forms.get("label").asText()).isEqualTo("forms");
        assertThat(forms.get("size").asInt()).isEqualTo(4);
        assertThat(forms.get("quotes")).extracting(JsonNode::asText)
                .containsExactly("nobody reads the forms", "every form asks the same questions",
                        "forms, forms and more forms 🙂\nagain");
        assertThat(themes.get(2).get("quotes")).extracting(JsonNode::asText).containsExactly("our ward councillors");
    }

    @Test
    void collatingAFileWritesEveryRowInFileOrderAndThemesThatAddUp() throws IOException {
        Path in = Files.writeString(folder.resolve("replies.csv"), "id,text,prompt\n"
                + "a,every form asks the same questions and nobody reads them,What is in our way?\n"
                + "b,the forms are too long,What is in our way?\n"
                + "c,\"our ward councillors, and the local radio\",Who do we need to persuade?\n"
                + "d,a stall at the summer fair,What could we do?\n", StandardCharsets.UTF_8);
        Path out = folder.resolve("collated.json");

        new CollateFileService(new CsvReplyFileReader(), writer, new EmbeddingCollator(new LexicalEncoder(), new SimpleTermAnalyzer(), CollationMemory.NONE)).collate(in, out);

        JsonNode json = new ObjectMapper().readTree(out.toFile());
        List<String> themeOfEach = new ArrayList<>();
        json.get("contributions").forEach(c -> themeOfEach.add(c.get("theme").asText()));
        assertThat(json.get("contributions")).extracting(c -> c.get("id").asText()).containsExactly("a", "b", "c", "d");
        assertThat(json.get("contributions").get(2).get("text").asText())
                .isEqualTo("our ward councillors, and the local radio");
        assertThat(json.get("themes")).allSatisfy(theme -> {
            assertThat(theme.get("size").asInt())
                    .isEqualTo(themeOfEach.stream().filter(theme.get("id").asText()::equals).count());
            assertThat(theme.get("quotes").size()).isBetween(1, 3);
        });
    }

    @Test
    void aCollationThatDoesNotMatchTheRowsIsRefusedAndWritesNothing() {
        Path out = folder.resolve("collated.json");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> writer.writeCollation(out, ROWS.subList(0, 2), collation()))
                .withMessage("The collation places 6 replies but the file has 2.");
        assertThat(out).doesNotExist();
    }

    private JsonNode write(List<ReplyRow> rows, Collation collation) throws IOException {
        Path out = folder.resolve("collated.json");
        writer.writeCollation(out, rows, collation);
        return new ObjectMapper().readTree(out.toFile());
    }

    static Collation collation() {
        return new Collation(List.of(
                placed("r1", Category.OBSTACLE, 0.8333, "t1"),
                placed("r2", Category.OBSTACLE, 0.666, "t2"),
                placed("r3", Category.OBSTACLE, 1.0, "t1"),
                placed("r4", Category.OBSTACLE, 0.8, "t1"),
                placed("r5", Category.TARGET, 0.504, "t3"),
                placed("r6", Category.OBSTACLE, 0.9, "t1")), List.of(
                new Collation.ThemeDraft("t1", Category.OBSTACLE, "forms", List.of("r1", "r4", "r3", "r6"), "r3"),
                new Collation.ThemeDraft("t2", Category.OBSTACLE, "click", List.of("r2"), "r2"),
                new Collation.ThemeDraft("t3", Category.TARGET, "councillors", List.of("r5"), "r5")));
    }

    private static Collation.Placed placed(String key, Category category, double confidence, String theme) {
        return new Collation.Placed(key, category, confidence, theme);
    }

    private static ReplyRow row(String id, String text) {
        return new ReplyRow(id, text, null, null, null, null);
    }

    private static List<String> names(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }
}
