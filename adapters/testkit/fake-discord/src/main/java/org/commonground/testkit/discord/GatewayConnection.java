package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;

/** The gateway protocol on one WebSocket: HELLO on open, then whatever the client sends, in any order. */
final class GatewayConnection implements WebSocketConnection.Listener {
    private static final int HEARTBEAT = 1;
    private static final int IDENTIFY = 2;
    private static final int PRESENCE_UPDATE = 3;
    private static final int VOICE_STATE_UPDATE = 4;
    private static final int RESUME = 6;
    private static final int REQUEST_GUILD_MEMBERS = 8;

    final WebSocketConnection socket;
    private final Gateway gateway;
    private volatile Session session;

    GatewayConnection(Gateway gateway, PayloadEncoder encoder) {
        this.gateway = gateway;
        this.socket = new WebSocketConnection(this, encoder);
    }

    @Override
    public void onOpen() {
        socket.send(GatewayPayloads.hello());
    }

    @Override
    public void onText(String text) {
        JsonNode payload;
        try {
            payload = Json.parse(text);
        } catch (IllegalArgumentException e) {
            close(4002, "Decode error.");
            return;
        }
        int op = payload.path("op").asInt(-1);
        JsonNode data = payload.path("d");
        switch (op) {
            case HEARTBEAT:
                socket.send(GatewayPayloads.heartbeatAck());
                break;
            case IDENTIFY:
                gateway.identify(this, data);
                break;
            case RESUME:
                gateway.resume(this, data);
                break;
            case PRESENCE_UPDATE:
            case VOICE_STATE_UPDATE:
            case REQUEST_GUILD_MEMBERS:
                if (session == null) {
                    close(4003, "Not authenticated.");
                } else if (op == REQUEST_GUILD_MEMBERS) {
                    gateway.requestMembers(session, data);
                }
                break;
            default:
                close(4001, "Unknown opcode.");
        }
    }

    @Override
    public void onClosed() {
        gateway.closed(this);
    }

    Session session() {
        return session;
    }

    void session(Session started) {
        session = started;
    }

    void send(String payload) {
        socket.send(payload);
    }

    void close(int code, String reason) {
        socket.close(code, reason);
    }

    void drop() {
        socket.drop();
    }
}
