package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;

/** Users, members, roles, channels and guilds in the shape of Discord's current API (v10). */
final class EntityJson {
    private static final int TEXT_CHANNEL = 0;
    private static final int DM_CHANNEL = 1;

    private EntityJson() {
    }

    static ObjectNode user(UserState user) {
        ObjectNode json = Json.object()
                .put("id", Json.id(user.id()))
                .put("username", user.name())
                .put("discriminator", "0")
                .put("global_name", user.name())
                .putNull("avatar")
                .put("public_flags", 0);
        if (user.bot()) {
            json.put("bot", true);
        }
        return json;
    }

    /** The current user as users/@me returns it, with the fields only the owner of the token sees. */
    static ObjectNode self(UserState bot) {
        return user(bot).put("verified", true).put("mfa_enabled", false).put("flags", 0);
    }

    static ObjectNode member(GuildState guild, MemberState member) {
        ArrayNode roles = Json.array();
        if (member.organiser()) {
            roles.add(Json.id(guild.organiserRoleId));
        }
        ObjectNode json = Json.object();
        json.set("user", user(member.user()));
        json.putNull("nick").putNull("avatar").set("roles", roles);
        return json.put("joined_at", Snowflakes.timestamp(member.joinedId()))
                .putNull("premium_since")
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0)
                .put("pending", false)
                .putNull("communication_disabled_until");
    }

    static ObjectNode role(long id, String name, long permissions, int position) {
        ObjectNode colors = Json.object().put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
        ObjectNode json = Json.object().put("id", Json.id(id)).put("name", name).put("color", 0);
        json.set("colors", colors);
        return json.put("hoist", false)
                .putNull("icon")
                .putNull("unicode_emoji")
                .put("position", position)
                .put("permissions", Long.toString(permissions))
                .put("managed", false)
                .put("mentionable", false)
                .put("flags", 0);
    }

    static ObjectNode channel(ChannelState channel) {
        ObjectNode json = Json.object().put("id", Json.id(channel.id));
        long last = channel.lastMessageId();
        if (channel.direct()) {
            json.put("type", DM_CHANNEL).put("flags", 0).set("recipients", Json.array().add(user(channel.recipient)));
        } else {
            json.put("type", TEXT_CHANNEL)
                    .put("guild_id", Json.id(channel.guildId))
                    .put("name", channel.name)
                    .put("position", channel.position)
                    .put("flags", 0)
                    .set("permission_overwrites", Json.array());
            json.put("nsfw", false).putNull("parent_id").putNull("topic").put("rate_limit_per_user", 0);
        }
        return last == 0 ? json.putNull("last_message_id") : json.put("last_message_id", Json.id(last));
    }

    /** GUILD_CREATE's object. Without GUILD_MEMBERS only the bot's own member is listed, as on Discord. */
    static ObjectNode guild(GuildState guild, Collection<MemberState> members) {
        ArrayNode roles = Json.array()
                .add(role(guild.id, "@everyone", Permissions.EVERYONE, 0))
                .add(role(guild.organiserRoleId, "Organisers", Permissions.EVERYONE | Permissions.MANAGE_GUILD, 1));
        ArrayNode channels = Json.array();
        guild.channels().forEach(channel -> channels.add(channel(channel)));
        ArrayNode memberArray = Json.array();
        members.forEach(member -> memberArray.add(member(guild, member)));
        ObjectNode json = Json.object()
                .put("id", Json.id(guild.id))
                .put("name", guild.name)
                .putNull("icon")
                .putNull("description")
                .put("owner_id", Json.id(guild.ownerId))
                .put("afk_timeout", 300)
                .put("verification_level", 0)
                .put("default_message_notifications", 1)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .put("nsfw_level", 0)
                .put("premium_tier", 0)
                .put("system_channel_flags", 0)
                .put("preferred_locale", "en-GB")
                .put("premium_progress_bar_enabled", false)
                .put("joined_at", Snowflakes.timestamp(guild.id))
                .put("large", false)
                .put("unavailable", false)
                .put("member_count", guild.members().size());
        json.set("roles", roles);
        json.set("channels", channels);
        json.set("members", memberArray);
        for (String empty : new String[] {"emojis", "stickers", "features", "voice_states", "presences", "threads",
                "stage_instances", "guild_scheduled_events", "soundboard_sounds"}) {
            json.set(empty, Json.array());
        }
        return json;
    }
}
