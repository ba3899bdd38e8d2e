package org.commonground.testkit.discord;

import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** A guild text channel or a DM channel, with its message history ordered by id (and so by time). */
final class ChannelState {
    final long id;
    /** 0 for a DM channel. */
    final long guildId;
    final String name;
    final int position;
    /** The other party of a DM channel; null in a guild. */
    final UserState recipient;
    private final ConcurrentSkipListMap<Long, StoredMessage> history = new ConcurrentSkipListMap<>();

    ChannelState(long id, long guildId, String name, int position, UserState recipient) {
        this.id = id;
        this.guildId = guildId;
        this.name = name;
        this.position = position;
        this.recipient = recipient;
    }

    boolean direct() {
        return guildId == 0;
    }

    NavigableMap<Long, StoredMessage> history() {
        return history;
    }

    StoredMessage message(long messageId) {
        return history.get(messageId);
    }

    void store(StoredMessage message) {
        history.put(message.id(), message);
    }

    StoredMessage remove(long messageId) {
        return history.remove(messageId);
    }

    long lastMessageId() {
        var last = history.lastEntry();
        return last == null ? 0 : last.getKey();
    }
}
