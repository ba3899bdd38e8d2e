package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Messages the bot creates, edits and deletes, by REST or through interactions: checked as Discord
 * checks them, stored (ephemeral ones apart from the channel), announced on the gateway and recorded.
 */
final class BotMessages {
    private static final int SENDABLE_FLAGS = (1 << 2) | MessageJson.EPHEMERAL | (1 << 12) | (1 << 15);

    private final Directory directory;
    private final MessageEvents events;
    private final Journal<SentMessage> sent;
    private final Map<Long, StoredMessage> ephemeral = new ConcurrentHashMap<>();

    BotMessages(Directory directory, MessageEvents events, Journal<SentMessage> sent) {
        this.directory = directory;
        this.events = events;
        this.sent = sent;
    }

    /** A new message from the bot; {@code origin} is the interaction it answers, or null. */
    ObjectNode create(ChannelState channel, JsonNode body, IssuedInteraction origin) {
        return create(channel, body, List.of(), origin);
    }

    /** A new message from the bot with the files uploaded with it, each checked and attached. */
    ObjectNode create(ChannelState channel, JsonNode body, List<Upload> files, IssuedInteraction origin) {
        MessageRules.checkContent(body, "content");
        ArrayNode attachments = Attachments.of(files, body, channel, directory.ids);
        ObjectNode checked = body.isObject() ? ((ObjectNode) body).deepCopy() : Json.object();
        MessageRules.checkNotEmpty(checked.set("attachments", attachments));
        StoredMessage replied = MessageRules.referencedMessage(channel, body);
        ObjectNode message = MessageJson.message(directory.ids.next(), channel, directory.bot,
                body.path("content").asText(""));
        copyContent(body, message);
        message.set("attachments", attachments);
        message.put("flags", body.path("flags").asInt() & SENDABLE_FLAGS);
        if (body.hasNonNull("nonce")) {
            message.set("nonce", body.get("nonce"));
        }
        if (replied != null) {
            MessageJson.replyTo(message, channel, replied);
        }
        AllowedMentions.apply(message, body.get("allowed_mentions"), origin != null, replied, directory);
        if (origin != null) {
            InteractionJson.markResponse(message, origin, directory.applicationId());
        }
        // recorded first, so that whoever sees the message in the channel finds it among those sent
        sent.add(new SentMessage(channel.id, Json.idOf(message.get("id")), body.path("content").asText(""),
                copy(body.get("allowed_mentions")), copy(body.get("message_reference")),
                copy(message.get("components")), message.get("flags").asInt(), origin == null ? 0 : origin.id,
                Attachment.of(message)));
        publish(channel, message);
        return message;
    }

    /** The "is thinking" message of a deferred interaction reply. */
    ObjectNode createDeferred(ChannelState channel, IssuedInteraction origin, int flags) {
        ObjectNode message = MessageJson.message(directory.ids.next(), channel, directory.bot, "");
        message.put("flags", (flags & MessageJson.EPHEMERAL) | MessageJson.LOADING);
        InteractionJson.markResponse(message, origin, directory.applicationId());
        publish(channel, message);
        return message;
    }

    ObjectNode edit(ChannelState channel, long messageId, JsonNode body) {
        StoredMessage current = find(channel, messageId);
        if (current.authorId() != directory.bot.id()) {
            throw ApiError.of(403, 50005, "Cannot edit a message authored by another user");
        }
        MessageRules.checkContent(body, "content");
        ObjectNode message = current.tree();
        if (body.has("content")) {
            message.put("content", body.path("content").asText(""));
        }
        copyContent(body, message);
        int keptFlags = message.path("flags").asInt() & MessageJson.EPHEMERAL;
        int flags = body.has("flags") ? body.path("flags").asInt() & SENDABLE_FLAGS : message.path("flags").asInt();
        message.put("flags", (flags & ~MessageJson.LOADING & ~MessageJson.EPHEMERAL) | keptFlags);
        MessageRules.checkNotEmpty(message);
        if (body.has("allowed_mentions")) {
            AllowedMentions.apply(message, body.get("allowed_mentions"), false, null, directory);
        }
        message.put("edited_timestamp", Snowflakes.now());
        store(channel, message);
        if (keptFlags == 0) {
            events.updated(channel, message);
        }
        return message;
    }

    void delete(ChannelState channel, long messageId) {
        StoredMessage current = find(channel, messageId);
        if (current.authorId() != directory.bot.id()) {
            throw channel.direct() ? ApiError.of(403, 50003, "Cannot execute action on a DM channel")
                    : ApiError.of(403, 50013, "Missing Permissions");
        }
        if (ephemeral.remove(messageId) == null) {
            channel.remove(messageId);
            events.deleted(channel, messageId);
        }
    }

    /** A message of the channel, or one of the bot's ephemeral replies there; 404 when neither. */
    StoredMessage find(ChannelState channel, long messageId) {
        StoredMessage message = channel.message(messageId);
        if (message != null) {
            return message;
        }
        message = ephemeral.get(messageId);
        if (message == null || Json.idOf(message.tree().get("channel_id")) != channel.id) {
            throw ApiError.unknownMessage();
        }
        return message;
    }

    private void publish(ChannelState channel, ObjectNode message) {
        if (!channel.direct()) {
            GuildState guild = directory.guild(channel.guildId);
            MessageJson.addMember(message, guild, guild.member(directory.bot.id()));
        }
        store(channel, message);
        if ((message.path("flags").asInt() & MessageJson.EPHEMERAL) == 0) {
            events.created(channel, message);
        }
    }

    private void store(ChannelState channel, ObjectNode message) {
        StoredMessage stored = StoredMessage.of(message);
        if ((message.path("flags").asInt() & MessageJson.EPHEMERAL) != 0) {
            ephemeral.put(stored.id(), stored);
        } else {
            channel.store(stored);
        }
    }

    private static void copyContent(JsonNode body, ObjectNode message) {
        for (String field : new String[] {"embeds", "components", "tts"}) {
            if (body.hasNonNull(field)) {
                message.set(field, body.get(field).deepCopy());
            }
        }
        Components.assignIds(message.get("components"));
    }

    private static JsonNode copy(JsonNode node) {
        return node == null || node.isNull() ? null : node.deepCopy();
    }
}
