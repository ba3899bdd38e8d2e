package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Announces message changes on the gateway, under the rules of the MESSAGE_CONTENT intent. */
final class MessageEvents {
    private final Gateway gateway;
    private final long botId;

    MessageEvents(Gateway gateway, long botId) {
        this.gateway = gateway;
        this.botId = botId;
    }

    void created(ChannelState channel, ObjectNode message) {
        announce("MESSAGE_CREATE", channel, message);
    }

    void updated(ChannelState channel, ObjectNode message) {
        announce("MESSAGE_UPDATE", channel, message);
    }

    void deleted(ChannelState channel, long messageId) {
        ObjectNode data = Json.object().put("id", Json.id(messageId)).put("channel_id", Json.id(channel.id));
        if (!channel.direct()) {
            data.put("guild_id", Json.id(channel.guildId));
        }
        gateway.publish(Dispatch.message("MESSAGE_DELETE", channel, data, true));
    }

    private void announce(String type, ChannelState channel, ObjectNode message) {
        boolean visible = MessageJson.contentExempt(channel, message, botId);
        gateway.publish(Dispatch.message(type, channel, message, visible));
    }
}
