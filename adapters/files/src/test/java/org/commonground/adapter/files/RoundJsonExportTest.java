package org.commonground.adapter.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.commonground.core.exchange.ExportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundJsonExportTest {

    @TempDir
    Path folder;

    @Test
    void writesTheRoundItsRepliesInOrderAndItsThemesWithNamesOnlyForTheCredited() throws IOException {
        Path file = folder.resolve("round.json");
        new FileExchangeWriter().writeRound(file, ExportFormat.JSON, HostileRound.export());

        JsonNode json = new ObjectMapper().readTree(file.toFile());

        assertThat(json.properties()).extracting(Map.Entry::getKey).containsExactly("round", "replies", "themes");
        JsonNode round = json.get("round");
        assertThat(round.get("id").asLong()).isEqualTo(7);
        assertThat(round.get("prompt").asText()).isEqualTo("What is in our way? <i>honestly</i>");
        assertThat(round.get("category").asText()).isEqualTo("OBSTACLE");
        assertThat(round.get("status").asText()).isEqualTo("CLOSED");
        assertThat(round.get("closed").asText()).isEqualTo("2024-05-01T19:30:00Z");

        JsonNode replies = json.get("replies");
        assertThat(replies).extracting(reply -> reply.get("id").asLong()).containsExactly(11L, 12L, 13L, 14L, 15L);
        assertThat(replies.get(0).has("credit")).isFalse();
        assertThat(replies.get(1).get("credit").asText()).isEqualTo(HostileRound.HOSTILE_CREDIT);
        assertThat(replies.get(1).get("text").asText()).isEqualTo(HostileRound.FORMULA);
        assertThat(replies.get(1).get("confirmed").asBoolean()).isTrue();
        assertThat(replies.get(2).get("text").asText()).isEqualTo(HostileRound.EMOJI_QUOTES_LINES);
        assertThat(replies.get(2).get("created").isNull()).isTrue();
        assertThat(replies.get(3).get("author").asInt()).isEqualTo(2);
        assertThat(replies.get(4).get("theme").isNull()).isTrue();

        JsonNode theme = json.get("themes").get(1);
        assertThat(theme.get("id").asText()).isEqualTo("t1");
        assertThat(theme.get("label").asText()).isEqualTo("forms <script>");
        assertThat(theme.get("size").asInt()).isEqualTo(2);
        assertThat(theme.get("quote").asLong()).isEqualTo(12);
        assertThat(theme.get("replies")).extracting(JsonNode::asLong).containsExactly(11L, 12L);
    }
}
