package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;

/** The checks Discord makes on a message body before it accepts it. */
final class MessageRules {
    static final int MAX_CONTENT = 2000;

    private MessageRules() {
    }

    /** Content is limited to 2000 characters (Unicode code points). */
    static void checkContent(JsonNode body, String path) {
        String content = body.path("content").asText("");
        if (content.codePointCount(0, content.length()) > MAX_CONTENT) {
            throw ApiError.invalidForm(path, "BASE_TYPE_MAX_LENGTH", "Must be " + MAX_CONTENT + " or fewer in length.");
        }
    }

    /** A message needs content (more than white space), an embed, a component, a sticker, a file or a poll. */
    static void checkNotEmpty(JsonNode message) {
        boolean empty = message.path("content").asText("").isBlank();
        for (String field : new String[] {"embeds", "components", "sticker_ids", "attachments"}) {
            empty &= message.path(field).isEmpty();
        }
        if (empty && !message.hasNonNull("poll")) {
            throw ApiError.of(400, 50006, "Cannot send an empty message");
        }
    }

    /**
     * The message a reply refers to, or null when there is no reference. An unknown message is refused
     * unless the reference says {@code fail_if_not_exists: false}; then the reply goes out as a plain message.
     */
    static StoredMessage referencedMessage(ChannelState channel, JsonNode body) {
        JsonNode reference = body.get("message_reference");
        if (reference == null || reference.isNull()) {
            return null;
        }
        StoredMessage target = channel.message(Json.idOf(reference.get("message_id")));
        if (target == null && reference.path("fail_if_not_exists").asBoolean(true)) {
            throw ApiError.invalidForm("message_reference", "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message");
        }
        return target;
    }
}
