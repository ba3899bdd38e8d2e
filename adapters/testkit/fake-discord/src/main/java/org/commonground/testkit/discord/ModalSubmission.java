package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@code components} of a modal submission: the modal's labels and rows, each text input reduced
 * to its type, id, custom_id and the value the person typed.
 */
final class ModalSubmission {
    private ModalSubmission() {
    }

    static ArrayNode of(JsonNode modalComponents, Map<String, String> values) {
        Set<String> unused = new HashSet<>(values.keySet());
        ArrayNode submitted = Json.array();
        for (JsonNode top : modalComponents) {
            ObjectNode copy = submitted.addObject().put("type", top.path("type").asInt())
                    .put("id", top.path("id").asInt());
            if (top.has("component")) {
                copy.set("component", input(top.get("component"), values, unused));
            } else if (top.has("components")) {
                ArrayNode children = copy.putArray("components");
                top.get("components").forEach(child -> children.add(input(child, values, unused)));
            }
        }
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException("the modal has no text input " + unused);
        }
        return submitted;
    }

    private static ObjectNode input(JsonNode component, Map<String, String> values, Set<String> unused) {
        int type = component.path("type").asInt();
        ObjectNode copy = Json.object().put("type", type).put("id", component.path("id").asInt());
        String customId = component.path("custom_id").asText(null);
        if (customId != null) {
            copy.put("custom_id", customId);
        }
        if (type == Components.TEXT_INPUT) {
            unused.remove(customId);
            String value = values.getOrDefault(customId, "");
            if (value.isEmpty() && component.path("required").asBoolean(true)) {
                throw new IllegalArgumentException("text input " + customId + " is required");
            }
            int maxLength = component.path("max_length").asInt(4000);
            if (value.codePointCount(0, value.length()) > maxLength) {
                throw new IllegalArgumentException("text input " + customId + " takes at most " + maxLength);
            }
            copy.put("value", value);
        }
        return copy;
    }
}
