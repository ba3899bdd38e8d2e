package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the bot answered to an interaction: the callback (with its type: 4 reply, 5 deferred reply,
 * 6 deferred update, 7 update, 9 modal…), a follow-up, or an edit or deletion of a response message.
 */
public record InteractionResponse(long interactionId, Kind kind, int type, JsonNode data) {

    public enum Kind {
        CALLBACK, FOLLOW_UP, EDIT, DELETE
    }

    /** Whether the response carries the ephemeral flag (64). */
    public boolean ephemeral() {
        return data != null && (data.path("flags").asInt() & MessageJson.EPHEMERAL) != 0;
    }

    /** The message content of the response, or null when it has none. */
    public String content() {
        return data == null ? null : data.path("content").asText(null);
    }

    /** The custom_id of a modal the bot opened (type 9), or null. */
    public String customId() {
        return data == null ? null : data.path("custom_id").asText(null);
    }
}
