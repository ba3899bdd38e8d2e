package org.commonground.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.commonground.testkit.discord.FakeDiscord;
import org.commonground.testkit.discord.RecordedCall;

/** What the bot sent a fake Discord, read from the requests as they went over the wire. */
final class DiscordWire {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DiscordWire() {
    }

    /**
     * Every body that carries text (a message, an edit, an interaction's answer, the payload of an
     * upload) allows no mention at all, and no text is over Discord's 2000 characters.
     */
    static void everyMessageMentionsNobodyAndFitsDiscord(FakeDiscord discord) {
        List<JsonNode> withText = new ArrayList<>();
        for (RecordedCall call : discord.requests()) {
            if (call.payload() != null && call.payload().startsWith("{")) {
                JsonNode body = read(call.payload());
                JsonNode message = body.path("data").has("content") ? body.get("data") : body;
                if (message.has("content")) {
                    withText.add(message);
                }
            }
        }
        assertThat(withText).isNotEmpty().allSatisfy(message -> {
            assertThat(message.path("allowed_mentions").path("parse").isArray()).as(message.toString()).isTrue();
            assertThat(message.path("allowed_mentions").path("parse")).as(message.toString()).isEmpty();
            String content = message.path("content").asText();
            assertThat(content.codePointCount(0, content.length())).isLessThanOrEqualTo(2000);
        });
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
