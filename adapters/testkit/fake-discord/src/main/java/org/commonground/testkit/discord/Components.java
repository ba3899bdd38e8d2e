package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Message and modal components: action rows, labels, buttons, text inputs, at any depth. */
final class Components {
    static final int BUTTON = 2;
    static final int TEXT_INPUT = 4;

    private Components() {
    }

    /** Numbers components that have no {@code id}, in order, skipping ids already taken, as Discord does. */
    static void assignIds(JsonNode components) {
        Set<Integer> taken = new HashSet<>();
        walk(components, component -> {
            if (component.has("id")) {
                taken.add(component.get("id").asInt());
            }
        });
        int[] next = {1};
        walk(components, component -> {
            if (!component.has("id")) {
                while (taken.contains(next[0])) {
                    next[0]++;
                }
                component.put("id", next[0]++);
            }
        });
    }

    /** The component with this custom_id, or null. */
    static ObjectNode find(JsonNode components, String customId) {
        List<ObjectNode> found = new ArrayList<>();
        walk(components, component -> {
            if (customId.equals(component.path("custom_id").asText(null))) {
                found.add(component);
            }
        });
        return found.isEmpty() ? null : found.get(0);
    }

    static List<String> customIds(JsonNode components) {
        List<String> ids = new ArrayList<>();
        walk(components, component -> {
            if (component.hasNonNull("custom_id")) {
                ids.add(component.get("custom_id").asText());
            }
        });
        return ids;
    }

    /** Visits every object with a {@code type}, parents before children. */
    static void walk(JsonNode node, Consumer<ObjectNode> visitor) {
        if (node == null) {
            return;
        }
        if (node.isObject() && node.has("type")) {
            visitor.accept((ObjectNode) node);
        }
        if (node.isContainerNode()) {
            node.forEach(child -> walk(child, visitor));
        }
    }
}
