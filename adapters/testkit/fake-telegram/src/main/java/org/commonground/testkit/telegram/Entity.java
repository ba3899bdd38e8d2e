package org.commonground.testkit.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One MessageEntity: a type over a range of UTF-16 code units, with the one extra field some types
 * carry ({@code url}, {@code language}, {@code custom_emoji_id}).
 */
record Entity(String type, int offset, int length, String extraName, String extraValue) {

    private static final String[] EXTRA_FIELDS = {"url", "language", "custom_emoji_id"};

    static Entity of(String type, int offset, int length) {
        return new Entity(type, offset, length, null, null);
    }

    static Entity fromJson(JsonNode json) {
        for (String field : EXTRA_FIELDS) {
            if (json.hasNonNull(field)) {
                return new Entity(json.path("type").asText(), json.path("offset").asInt(),
                        json.path("length").asInt(), field, json.get(field).asText());
            }
        }
        return of(json.path("type").asText(), json.path("offset").asInt(), json.path("length").asInt());
    }

    Entity withRange(int newOffset, int newLength) {
        return new Entity(type, newOffset, newLength, extraName, extraValue);
    }

    int end() {
        return offset + length;
    }

    ObjectNode toJson() {
        ObjectNode json = Json.object().put("offset", offset).put("length", length).put("type", type);
        if (extraName != null) {
            json.put(extraName, extraValue);
        }
        return json;
    }
}
