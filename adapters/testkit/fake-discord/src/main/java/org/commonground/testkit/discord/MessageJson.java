package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Message objects as Discord's v10 API writes them. */
final class MessageJson {
    static final int DEFAULT = 0;
    static final int REPLY = 19;
    static final int CHAT_INPUT_COMMAND = 20;
    static final int EPHEMERAL = 1 << 6;
    static final int LOADING = 1 << 7;
    private static final Pattern USER_MENTION = Pattern.compile("<@!?(\\d+)>");

    private MessageJson() {
    }

    /** The fields every message object carries; the timestamp is the one encoded in the id. */
    static ObjectNode message(long id, ChannelState channel, UserState author, String content) {
        ObjectNode json = Json.object().put("id", Json.id(id)).put("type", DEFAULT)
                .put("channel_id", Json.id(channel.id));
        if (!channel.direct()) {
            json.put("guild_id", Json.id(channel.guildId));
        }
        json.set("author", EntityJson.user(author));
        json.put("content", content)
                .put("timestamp", Snowflakes.timestamp(id))
                .putNull("edited_timestamp")
                .put("tts", false)
                .put("mention_everyone", false);
        for (String empty : new String[] {"mentions", "mention_roles", "attachments", "embeds", "components"}) {
            json.set(empty, Json.array());
        }
        return json.put("pinned", false).put("flags", 0);
    }

    /** Guild messages on the gateway carry the author's member object, without its user. */
    static void addMember(ObjectNode message, GuildState guild, MemberState member) {
        ObjectNode json = EntityJson.member(guild, member);
        json.remove("user");
        message.set("member", json);
    }

    /** Makes the message a reply: type 19, a reference, and the replied-to message as it is now. */
    static void replyTo(ObjectNode message, ChannelState channel, StoredMessage target) {
        ObjectNode reference = Json.object().put("type", 0).put("message_id", Json.id(target.id()))
                .put("channel_id", Json.id(channel.id));
        if (!channel.direct()) {
            reference.put("guild_id", Json.id(channel.guildId));
        }
        ObjectNode referenced = target.tree();
        referenced.remove("referenced_message");
        message.put("type", REPLY).set("message_reference", reference);
        message.set("referenced_message", referenced);
    }

    /** Lists in {@code mentions} every known user the content names and {@code allowed} lets through. */
    static void mentionUsers(ObjectNode message, Directory directory, LongPredicate allowed) {
        ArrayNode mentions = Json.array();
        Matcher matcher = USER_MENTION.matcher(message.path("content").asText());
        while (matcher.find()) {
            UserState user = directory.user(Json.parseId(matcher.group(1)));
            if (user != null && allowed.test(user.id()) && !mentions(mentions, user.id())) {
                mentions.add(EntityJson.user(user));
            }
        }
        message.set("mentions", mentions);
    }

    /** Adds a user to {@code mentions} unless already there. */
    static void addMention(ObjectNode message, UserState user) {
        if (!mentions(message, user.id())) {
            ((ArrayNode) message.get("mentions")).add(EntityJson.user(user));
        }
    }

    static boolean mentions(JsonNode message, long userId) {
        JsonNode list = message.isArray() ? message : message.path("mentions");
        for (JsonNode user : list) {
            if (Json.idOf(user.get("id")) == userId) {
                return true;
            }
        }
        return false;
    }

    /** Discord shows content without the MESSAGE_CONTENT intent in DMs, to mentioned bots and to the author. */
    static boolean contentExempt(ChannelState channel, JsonNode message, long botId) {
        return channel.direct() || Json.idOf(message.path("author").get("id")) == botId || mentions(message, botId);
    }

    /** What an app without the MESSAGE_CONTENT intent is shown. */
    static ObjectNode withoutContent(ObjectNode message) {
        ObjectNode copy = message.deepCopy();
        copy.put("content", "");
        for (String field : new String[] {"embeds", "attachments", "components"}) {
            copy.set(field, Json.array());
        }
        copy.remove("poll");
        return copy;
    }
}
