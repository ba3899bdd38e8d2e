package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A message in a channel's history, by a person or by the bot, as it is now. */
public record ChannelMessage(long id, long authorId, String content, boolean edited, JsonNode json) {

    static ChannelMessage of(StoredMessage stored) {
        JsonNode json = stored.tree();
        return new ChannelMessage(stored.id(), stored.authorId(), json.path("content").asText(),
                !json.path("edited_timestamp").isNull(), json);
    }

    /** The files on the message, as Discord describes them. */
    public List<Attachment> attachments() {
        return Attachment.of(json);
    }

    /** The custom_id of every button or menu on the message as it is now. */
    public List<String> customIds() {
        return Components.customIds(json.get("components"));
    }
}
