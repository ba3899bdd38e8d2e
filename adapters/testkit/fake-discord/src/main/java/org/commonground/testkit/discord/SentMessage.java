package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A message the bot sent, as it asked for it: to a channel, or as an interaction reply or follow-up
 * ({@code interactionId} then names the interaction), with the files it uploaded. JSON fields are null
 * when the bot left them out.
 */
public record SentMessage(long channelId, long messageId, String content, JsonNode allowedMentions,
        JsonNode messageReference, JsonNode components, int flags, long interactionId,
        List<Attachment> attachments) {

    public SentMessage {
        attachments = List.copyOf(attachments);
    }

    /** The {@code allowed_mentions.parse} list; empty when the bot allowed no mention type. */
    public List<String> allowedMentionTypes() {
        List<String> types = new ArrayList<>();
        if (allowedMentions != null) {
            allowedMentions.path("parse").forEach(type -> types.add(type.asText()));
        }
        return types;
    }

    /** The id of the message this one replies to, or 0. */
    public long replyTo() {
        return messageReference == null ? 0 : Json.idOf(messageReference.get("message_id"));
    }

    public boolean ephemeral() {
        return (flags & MessageJson.EPHEMERAL) != 0;
    }

    /** The custom_id of every button or menu on the message. */
    public List<String> customIds() {
        return Components.customIds(components);
    }
}
