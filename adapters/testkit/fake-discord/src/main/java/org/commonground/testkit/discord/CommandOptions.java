package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/** The options of a slash command as a person fills them in, typed by the command's registration. */
final class CommandOptions {
    private static final int STRING = 3;
    private static final int INTEGER = 4;
    private static final int BOOLEAN = 5;
    private static final int NUMBER = 10;

    private CommandOptions() {
    }

    static ArrayNode of(JsonNode command, Map<String, ?> values) {
        Map<String, JsonNode> declared = new HashMap<>();
        command.path("options").forEach(option -> declared.put(option.path("name").asText(), option));
        ArrayNode options = Json.array();
        values.forEach((name, value) -> {
            JsonNode declaration = declared.get(name);
            if (declaration == null) {
                throw new IllegalArgumentException("/" + command.path("name").asText() + " has no option " + name);
            }
            int type = declaration.path("type").asInt();
            ObjectNode option = options.addObject().put("name", name).put("type", type);
            if (type == STRING) {
                option.put("value", value.toString());
            } else if (type == INTEGER && value instanceof Number) {
                option.put("value", ((Number) value).longValue());
            } else if (type == NUMBER && value instanceof Number) {
                option.put("value", ((Number) value).doubleValue());
            } else if (type == BOOLEAN && value instanceof Boolean) {
                option.put("value", (Boolean) value);
            } else {
                throw new IllegalArgumentException("option " + name + " of type " + type + " cannot take " + value);
            }
        });
        declared.forEach((name, declaration) -> {
            if (declaration.path("required").asBoolean(false) && !values.containsKey(name)) {
                throw new IllegalArgumentException("option " + name + " is required");
            }
        });
        return options;
    }
}
