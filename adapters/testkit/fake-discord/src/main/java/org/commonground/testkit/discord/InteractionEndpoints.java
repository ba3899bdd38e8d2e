package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Interaction callbacks and the interaction webhook: follow-ups, and the response messages. */
final class InteractionEndpoints {
    private static final int REPLY = 4;
    private static final int DEFERRED_REPLY = 5;
    private static final int DEFERRED_UPDATE = 6;
    private static final int UPDATE_MESSAGE = 7;
    private static final int MODAL = 9;
    private static final Set<Integer> AFTER_COMMAND = Set.of(REPLY, DEFERRED_REPLY, MODAL);
    private static final Set<Integer> AFTER_COMPONENT =
            Set.of(REPLY, DEFERRED_REPLY, DEFERRED_UPDATE, UPDATE_MESSAGE, MODAL);
    private static final Set<Integer> AFTER_MODAL_ON_MESSAGE =
            Set.of(REPLY, DEFERRED_REPLY, DEFERRED_UPDATE, UPDATE_MESSAGE);
    private static final Set<Integer> AFTER_MODAL = Set.of(REPLY, DEFERRED_REPLY);

    private final Interactions interactions;
    private final BotMessages messages;
    private final Journal<InteractionResponse> responses;
    private final long applicationId;

    InteractionEndpoints(Interactions interactions, BotMessages messages, Journal<InteractionResponse> responses,
            long applicationId) {
        this.interactions = interactions;
        this.messages = messages;
        this.responses = responses;
        this.applicationId = applicationId;
    }

    void register(Map<Route, Endpoint> routes) {
        routes.put(Route.INTERACTION_CALLBACK, this::callback);
        routes.put(Route.CREATE_FOLLOWUP, call -> {
            IssuedInteraction interaction = byWebhook(call);
            ObjectNode message = messages.create(interaction.channel, call.body, interaction);
            record(interaction, InteractionResponse.Kind.FOLLOW_UP, 0, call.body);
            return RestReply.ok(message);
        });
        routes.put(Route.GET_WEBHOOK_MESSAGE, call -> {
            IssuedInteraction interaction = byWebhook(call);
            return RestReply.ok(messages.find(interaction.channel, responseMessage(interaction, call)).tree());
        });
        routes.put(Route.EDIT_WEBHOOK_MESSAGE, call -> {
            IssuedInteraction interaction = byWebhook(call);
            long messageId = responseMessage(interaction, call);
            ObjectNode edited = messages.edit(interaction.channel, messageId, call.body);
            record(interaction, InteractionResponse.Kind.EDIT, 0, call.body);
            return RestReply.ok(edited);
        });
        routes.put(Route.DELETE_WEBHOOK_MESSAGE, call -> {
            IssuedInteraction interaction = byWebhook(call);
            long messageId = responseMessage(interaction, call);
            messages.delete(interaction.channel, messageId);
            record(interaction, InteractionResponse.Kind.DELETE, 0, null);
            return RestReply.noContent();
        });
    }

    private RestReply callback(RestCall call) {
        IssuedInteraction interaction = interactions.byId(call.id("interaction_id"));
        if (interaction == null || !interaction.token.equals(call.parameter("interaction_token"))) {
            throw ApiError.of(404, 10062, "Unknown interaction");
        }
        int type = call.body.path("type").asInt(-1);
        Set<Integer> allowed = callbackTypes(interaction);
        if (!allowed.contains(type)) {
            String choices = new TreeSet<>(allowed).toString().replace('[', '{').replace(']', '}');
            throw ApiError.invalidForm("type", "BASE_TYPE_CHOICES", "Value must be one of " + choices + ".");
        }
        JsonNode data = call.body.path("data");
        if (type == REPLY || type == UPDATE_MESSAGE) {
            MessageRules.checkContent(data, "data.content");
        }
        if (type == REPLY) {
            MessageRules.checkNotEmpty(data);
        }
        if (!interaction.acknowledge()) {
            throw ApiError.of(400, 40060, "Interaction has already been acknowledged.");
        }
        ObjectNode message = null;
        if (type == REPLY) {
            message = messages.create(interaction.channel, data, interaction);
        } else if (type == DEFERRED_REPLY) {
            message = messages.createDeferred(interaction.channel, interaction, data.path("flags").asInt());
        } else if (type == UPDATE_MESSAGE) {
            message = messages.edit(interaction.channel, interaction.sourceMessageId, data);
        } else if (type == MODAL) {
            ObjectNode modal = data.deepCopy();
            Components.assignIds(modal.get("components"));
            interaction.modal(modal);
        }
        if (message != null && type != UPDATE_MESSAGE) {
            interaction.originalMessageId(Json.idOf(message.get("id")));
        }
        // Recorded once it has taken effect: whoever sees the response may act on it (submit the modal).
        record(interaction, InteractionResponse.Kind.CALLBACK, type, call.body.get("data"));
        return "true".equals(call.query("with_response")) ? RestReply.ok(callbackResponse(interaction, type, message))
                : RestReply.noContent();
    }

    /**
     * The callbacks Discord accepts for the kind of interaction: updates only where there is a message
     * to update, no modal in answer to a modal, and PONG (1) only for the pings no gateway bot receives.
     */
    private static Set<Integer> callbackTypes(IssuedInteraction interaction) {
        if (interaction.type == IssuedInteraction.APPLICATION_COMMAND) {
            return AFTER_COMMAND;
        }
        if (interaction.type == IssuedInteraction.MESSAGE_COMPONENT) {
            return AFTER_COMPONENT;
        }
        return interaction.sourceMessageId == 0 ? AFTER_MODAL : AFTER_MODAL_ON_MESSAGE;
    }

    /** The interaction callback response object that {@code with_response=true} asks for. */
    private static ObjectNode callbackResponse(IssuedInteraction interaction, int type, ObjectNode message) {
        ObjectNode json = Json.object();
        ObjectNode about = json.putObject("interaction").put("id", Json.id(interaction.id))
                .put("type", interaction.type);
        ObjectNode resource = json.putObject("resource").put("type", type);
        if (message != null) {
            int flags = message.path("flags").asInt();
            about.put("response_message_id", message.get("id").asText())
                    .put("response_message_loading", (flags & MessageJson.LOADING) != 0)
                    .put("response_message_ephemeral", (flags & MessageJson.EPHEMERAL) != 0);
            if (type != DEFERRED_REPLY) {
                resource.set("message", message);
            }
        }
        return json;
    }

    private IssuedInteraction byWebhook(RestCall call) {
        IssuedInteraction interaction = interactions.byToken(call.parameter("interaction_token"));
        if (interaction == null || call.id("application_id") != applicationId) {
            throw ApiError.of(404, 10015, "Unknown Webhook");
        }
        return interaction;
    }

    /** "@original" is the interaction's first response message. */
    private static long responseMessage(IssuedInteraction interaction, RestCall call) {
        String id = call.parameter("message_id");
        long messageId = "@original".equals(id) ? interaction.originalMessageId() : Json.parseId(id);
        if (messageId == 0) {
            throw ApiError.unknownMessage();
        }
        return messageId;
    }

    private void record(IssuedInteraction interaction, InteractionResponse.Kind kind, int type, JsonNode data) {
        responses.add(new InteractionResponse(interaction.id, kind, type, data == null ? null : data.deepCopy()));
    }
}
