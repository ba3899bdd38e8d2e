package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Interactions a person starts: slash commands, button clicks, modal submissions. What a Discord
 * client would not let a person do (an unregistered command, a missing button, a modal never shown)
 * is refused with an exception.
 */
final class PersonInteractions {
    private final Directory directory;
    private final Commands commands;
    private final Interactions interactions;
    private final BotMessages messages;
    private final Community community;
    private final Gateway gateway;

    PersonInteractions(Directory directory, Commands commands, Interactions interactions, BotMessages messages,
            Community community, Gateway gateway) {
        this.directory = directory;
        this.commands = commands;
        this.interactions = interactions;
        this.messages = messages;
        this.community = community;
        this.gateway = gateway;
    }

    long slashCommand(UserState user, ChannelState channel, String name, Map<String, ?> options) {
        community.requireAccess(user, channel);
        ObjectNode command = commands.find(name, channel);
        if (command == null) {
            throw new IllegalStateException("no command /" + name + " is registered where " + user.name() + " is");
        }
        checkPermitted(user, channel, command);
        ObjectNode data = Json.object().put("id", command.get("id").asText()).put("name", name)
                .put("type", Commands.CHAT_INPUT);
        if (command.has("guild_id")) {
            data.put("guild_id", command.get("guild_id").asText());
        }
        data.set("options", CommandOptions.of(command, options));
        return dispatch(interactions.issue(IssuedInteraction.APPLICATION_COMMAND, user, channel, name, 0), data, null);
    }

    long clickButton(UserState user, ChannelState channel, long messageId, String customId) {
        community.requireAccess(user, channel);
        ObjectNode message;
        try {
            message = messages.find(channel, messageId).tree();
        } catch (ApiError e) {
            throw new IllegalArgumentException("no message " + messageId + " in channel " + channel.id, e);
        }
        ObjectNode button = Components.find(message.get("components"), customId);
        if (button == null || button.path("type").asInt() != Components.BUTTON || button.path("disabled").asBoolean()) {
            throw new IllegalArgumentException("message " + messageId + " has no enabled button " + customId);
        }
        ObjectNode data = Json.object().put("custom_id", customId).put("component_type", Components.BUTTON)
                .put("id", button.path("id").asInt());
        IssuedInteraction click =
                interactions.issue(IssuedInteraction.MESSAGE_COMPONENT, user, channel, null, messageId);
        return dispatch(click, data, message);
    }

    long submitModal(UserState user, String customId, Map<String, String> values) {
        IssuedInteraction opener = interactions.lastModal(user.id(), customId);
        if (opener == null) {
            throw new IllegalStateException("the bot has not shown " + user.name() + " a modal " + customId);
        }
        ObjectNode data = Json.object().put("custom_id", customId);
        data.set("components", ModalSubmission.of(opener.modal().get("components"), values));
        opener.modal(null);
        StoredMessage source = opener.sourceMessageId == 0 ? null : opener.channel.message(opener.sourceMessageId);
        IssuedInteraction submit = interactions.issue(IssuedInteraction.MODAL_SUBMIT, user, opener.channel, null,
                opener.sourceMessageId);
        return dispatch(submit, data, source == null ? null : source.tree());
    }

    /** Where the command may be used (contexts) and by whom (default_member_permissions). */
    private void checkPermitted(UserState user, ChannelState channel, JsonNode command) {
        JsonNode contexts = command.path("contexts");
        int context = channel.direct() ? 1 : 0;
        boolean allowedHere = !contexts.isArray() || contains(contexts, context);
        JsonNode required = command.path("default_member_permissions");
        boolean permitted = channel.direct() || required.isNull() || required.isMissingNode()
                || hasAll(directory.guild(channel.guildId).permissionsOf(user.id()), required.asText());
        if (!allowedHere || !permitted) {
            throw new IllegalStateException(user.name() + " may not use /" + command.path("name").asText() + " here");
        }
    }

    private static boolean contains(JsonNode list, int value) {
        for (JsonNode item : list) {
            if (item.asInt() == value) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAll(long granted, String required) {
        long bits = Long.parseLong(required);
        return bits != 0 && (granted & bits) == bits;
    }

    private long dispatch(IssuedInteraction interaction, ObjectNode data, ObjectNode message) {
        ObjectNode payload = InteractionJson.payload(interaction, directory);
        payload.set("data", data);
        if (message != null) {
            payload.set("message", message);
        }
        gateway.publish(Dispatch.of("INTERACTION_CREATE", interaction.channel.guildId, 0, payload));
        gateway.awaitBacklog();
        return interaction.id;
    }
}
