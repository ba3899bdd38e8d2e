package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One gateway event offered to every session. Each session takes it if its intents and shard let it,
 * and sessions without MESSAGE_CONTENT get the content-less variant. Both variants are written once.
 */
final class Dispatch {
    final String type;
    /** 0 for events outside any guild (DMs), which go to shard 0. */
    final long guildId;
    /** The intent a session needs to receive the event; 0 when none is needed. */
    final int intent;
    private final ObjectNode data;
    private final boolean contentVisible;
    private String full;
    private String withoutContent;

    private Dispatch(String type, long guildId, int intent, ObjectNode data, boolean contentVisible) {
        this.type = type;
        this.guildId = guildId;
        this.intent = intent;
        this.data = data;
        this.contentVisible = contentVisible;
    }

    static Dispatch of(String type, long guildId, int intent, ObjectNode data) {
        return new Dispatch(type, guildId, intent, data, true);
    }

    /**
     * A message event. {@code contentVisible} is true where Discord shows content without the intent:
     * DMs, messages that mention the bot, and the bot's own messages.
     */
    static Dispatch message(String type, ChannelState channel, ObjectNode data, boolean contentVisible) {
        int intent = channel.direct() ? Intents.DIRECT_MESSAGES : Intents.GUILD_MESSAGES;
        return new Dispatch(type, channel.guildId, intent, data, contentVisible);
    }

    synchronized String dataFor(int intents) {
        if (contentVisible || (intents & Intents.MESSAGE_CONTENT) != 0) {
            if (full == null) {
                full = data.toString();
            }
            return full;
        }
        if (withoutContent == null) {
            withoutContent = MessageJson.withoutContent(data).toString();
        }
        return withoutContent;
    }
}
