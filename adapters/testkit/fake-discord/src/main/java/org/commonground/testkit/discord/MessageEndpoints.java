package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.regex.Pattern;

/** Channels, their messages and history, the bot's reactions and typing. */
final class MessageEndpoints {
    private static final Pattern CUSTOM_EMOJI = Pattern.compile("[\\w~]{2,32}:\\d+");

    private final Directory directory;
    private final BotMessages messages;
    private final Journal<Reaction> reactions;
    /** Off when the app's MESSAGE_CONTENT intent is not enabled, which blanks content in REST reads too. */
    private final boolean contentEnabled;

    MessageEndpoints(Directory directory, BotMessages messages, Journal<Reaction> reactions, boolean contentEnabled) {
        this.directory = directory;
        this.messages = messages;
        this.reactions = reactions;
        this.contentEnabled = contentEnabled;
    }

    void register(Map<Route, Endpoint> routes) {
        routes.put(Route.GET_CHANNEL, call -> RestReply.ok(EntityJson.channel(channel(call))));
        routes.put(Route.GET_MESSAGES, this::history);
        routes.put(Route.GET_MESSAGE, call -> {
            ChannelState channel = channel(call);
            return RestReply.ok(readable(channel, messages.find(channel, call.id("message_id"))));
        });
        routes.put(Route.CREATE_MESSAGE,
                call -> RestReply.ok(messages.create(channel(call), call.body, call.files, null)));
        routes.put(Route.EDIT_MESSAGE,
                call -> RestReply.ok(messages.edit(channel(call), call.id("message_id"), call.body)));
        routes.put(Route.DELETE_MESSAGE, call -> {
            messages.delete(channel(call), call.id("message_id"));
            return RestReply.noContent();
        });
        routes.put(Route.CREATE_REACTION, call -> react(call, true));
        routes.put(Route.DELETE_OWN_REACTION, call -> react(call, false));
        routes.put(Route.TRIGGER_TYPING, call -> {
            channel(call);
            return RestReply.noContent();
        });
    }

    private RestReply history(RestCall call) {
        ChannelState channel = channel(call);
        ArrayNode page = Json.array();
        HistoryQuery.select(channel.history(), call).forEach(message -> page.add(readable(channel, message)));
        return RestReply.ok(page);
    }

    private RestReply react(RestCall call, boolean add) {
        ChannelState channel = channel(call);
        long messageId = messages.find(channel, call.id("message_id")).id();
        String emoji = call.parameter("emoji");
        if (emoji.isEmpty() || (emoji.contains(":") && !CUSTOM_EMOJI.matcher(emoji).matches())) {
            throw ApiError.of(400, 10014, "Unknown Emoji");
        }
        Reaction reaction = new Reaction(channel.id, messageId, emoji);
        reactions.removeIf(reaction::equals);
        if (add) {
            reactions.add(reaction);
        }
        return RestReply.noContent();
    }

    private ObjectNode readable(ChannelState channel, StoredMessage message) {
        ObjectNode json = message.tree();
        boolean visible = contentEnabled || MessageJson.contentExempt(channel, json, directory.bot.id());
        return visible ? json : MessageJson.withoutContent(json);
    }

    private ChannelState channel(RestCall call) {
        ChannelState channel = directory.channel(call.id("channel_id"));
        if (channel == null) {
            throw ApiError.unknownChannel();
        }
        return channel;
    }
}
