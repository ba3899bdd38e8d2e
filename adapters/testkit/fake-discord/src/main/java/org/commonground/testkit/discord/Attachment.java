package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A file on a message, as Discord describes it: the content type is the one Discord found in the
 * file, not the one the client claimed; width and height are -1 unless it is a picture.
 */
public record Attachment(long id, String filename, String contentType, int size, int width, int height) {

    public boolean png() {
        return "image/png".equals(contentType);
    }

    static List<Attachment> of(JsonNode message) {
        List<Attachment> attachments = new ArrayList<>();
        for (JsonNode json : message.path("attachments")) {
            attachments.add(new Attachment(Json.idOf(json.get("id")), json.path("filename").asText(),
                    json.path("content_type").asText(null), json.path("size").asInt(), json.path("width").asInt(-1),
                    json.path("height").asInt(-1)));
        }
        return attachments;
    }
}
