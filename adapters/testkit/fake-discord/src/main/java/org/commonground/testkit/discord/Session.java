package org.commonground.testkit.discord;

import java.util.ArrayDeque;

/**
 * A gateway session: what it asked for, its sequence numbers and the events it was sent, kept so
 * that a RESUME can replay what the client missed. Numbering and queueing happen under one lock, so
 * the wire order is the sequence order.
 */
final class Session {
    private static final int REPLAY_LIMIT = 10_000;

    private record Sent(int seq, String frame) {
    }

    final String id;
    final int intents;
    final int shard;
    final int shardCount;
    private final ArrayDeque<Sent> sent = new ArrayDeque<>();
    private int seq;
    private GatewayConnection connection;

    Session(String id, int intents, int shard, int shardCount) {
        this.id = id;
        this.intents = intents;
        this.shard = shard;
        this.shardCount = Math.max(shardCount, 1);
    }

    boolean wants(Dispatch event) {
        boolean intended = event.intent == 0 || (intents & event.intent) != 0;
        long shardOfEvent = event.guildId == 0 ? 0 : (event.guildId >>> 22) % shardCount;
        return intended && shardOfEvent == shard;
    }

    boolean serves(GuildState guild) {
        return (guild.id >>> 22) % shardCount == shard;
    }

    synchronized void offer(Dispatch event) {
        if (wants(event)) {
            send(event.type, event.dataFor(intents));
        }
    }

    synchronized void send(String type, String data) {
        seq++;
        String frame = GatewayPayloads.dispatch(type, seq, data);
        sent.addLast(new Sent(seq, frame));
        if (sent.size() > REPLAY_LIMIT) {
            sent.removeFirst();
        }
        if (connection != null) {
            connection.send(frame);
        }
    }

    synchronized void attach(GatewayConnection newConnection) {
        connection = newConnection;
    }

    synchronized void detach(GatewayConnection oldConnection) {
        if (connection == oldConnection) {
            connection = null;
        }
    }

    /** Sends a last payload (RECONNECT, INVALID_SESSION) and stops using the connection. */
    synchronized void handOff(String payload) {
        if (connection != null) {
            connection.send(payload);
            connection = null;
        }
    }

    /** Replays every event after {@code clientSeq}, then RESUMED; false if those events are gone. */
    synchronized boolean resume(GatewayConnection newConnection, int clientSeq) {
        boolean replayable = clientSeq <= seq && (sent.isEmpty() || sent.peekFirst().seq() <= clientSeq + 1);
        if (!replayable) {
            return false;
        }
        connection = newConnection;
        for (Sent event : sent) {
            if (event.seq() > clientSeq) {
                newConnection.send(event.frame());
            }
        }
        send("RESUMED", "{}");
        return true;
    }
}
