package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;

/** A message in a channel's history, by a person or by the bot, as it is now. */
public record ChannelMessage(long id, long authorId, String content, boolean edited, JsonNode json) {

    static ChannelMessage of(StoredMessage stored) {
        JsonNode json = stored.tree();
        return new ChannelMessage(stored.id(), stored.authorId(), json.path("content").asText(),
                !json.path("edited_timestamp").isNull(), json);
    }
}
