package org.commonground.testkit.discord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Payloads are built as Jackson trees and written with {@code toString()}, which emits JSON. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** Parses JSON; throws {@link IllegalArgumentException} when the text is not JSON. */
    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    static ObjectNode parseObject(String text) {
        return (ObjectNode) parse(text);
    }

    /** Snowflakes travel as strings, as Discord writes them. */
    static String id(long snowflake) {
        return Long.toUnsignedString(snowflake);
    }

    /** Reads a snowflake that may be written as a string or a number; 0 when absent or malformed. */
    static long idOf(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? 0 : parseId(node.asText());
    }

    /** Parses a snowflake; 0 when the text is not one. */
    static long parseId(String text) {
        try {
            return Long.parseUnsignedLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
