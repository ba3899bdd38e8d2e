package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** INTERACTION_CREATE payloads, and the marks an interaction leaves on the messages answering it. */
final class InteractionJson {
    private static final int GUILD_CONTEXT = 0;
    private static final int BOT_DM_CONTEXT = 1;
    private static final int CHAT_INPUT = 1;

    private InteractionJson() {
    }

    /** Everything but {@code data} and {@code message}, which depend on the kind of interaction. */
    static ObjectNode payload(IssuedInteraction interaction, Directory directory) {
        ChannelState channel = interaction.channel;
        ObjectNode json = Json.object()
                .put("id", Json.id(interaction.id))
                .put("application_id", Json.id(directory.applicationId()))
                .put("type", interaction.type)
                .put("token", interaction.token)
                .put("version", 1)
                .put("locale", "en-GB")
                .put("app_permissions", Long.toString(Permissions.EVERYONE))
                .put("attachment_size_limit", 10 << 20)
                .put("channel_id", Json.id(channel.id));
        json.set("channel", EntityJson.channel(channel));
        json.set("entitlements", Json.array());
        json.set("authorizing_integration_owners", interaction.authorizingOwners());
        if (channel.direct()) {
            json.put("context", BOT_DM_CONTEXT).set("user", EntityJson.user(interaction.user));
            return json;
        }
        GuildState guild = directory.guild(channel.guildId);
        ObjectNode member = EntityJson.member(guild, guild.member(interaction.user.id()));
        member.put("permissions", Long.toString(guild.permissionsOf(interaction.user.id())));
        json.put("context", GUILD_CONTEXT).put("guild_id", Json.id(guild.id)).put("guild_locale", "en-GB");
        json.putObject("guild").put("id", Json.id(guild.id)).put("locale", "en-GB").putArray("features");
        json.set("member", member);
        return json;
    }

    /** Interaction responses and follow-ups come from the application's webhook and say what caused them. */
    static void markResponse(ObjectNode message, IssuedInteraction origin, long applicationId) {
        message.put("webhook_id", Json.id(applicationId)).put("application_id", Json.id(applicationId));
        ObjectNode metadata = message.putObject("interaction_metadata")
                .put("id", Json.id(origin.id))
                .put("type", origin.type);
        metadata.set("user", EntityJson.user(origin.user));
        metadata.set("authorizing_integration_owners", origin.authorizingOwners());
        if (origin.commandName != null) {
            message.put("type", MessageJson.CHAT_INPUT_COMMAND);
            metadata.put("name", origin.commandName).put("command_type", CHAT_INPUT);
        } else if (origin.type == IssuedInteraction.MESSAGE_COMPONENT) {
            metadata.put("interacted_message_id", Json.id(origin.sourceMessageId));
        }
        if (origin.originalMessageId() != 0) {
            metadata.put("original_response_message_id", Json.id(origin.originalMessageId()));
        }
    }
}
