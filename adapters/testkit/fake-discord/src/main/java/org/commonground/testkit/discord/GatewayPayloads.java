package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The gateway's own payloads (opcodes 0, 7, 9, 10, 11) and the READY event. */
final class GatewayPayloads {
    /** Long enough that heartbeats never matter within a test, as on Discord (about 41 s). */
    static final int HEARTBEAT_INTERVAL = 41_250;

    private GatewayPayloads() {
    }

    static String hello() {
        return "{\"op\":10,\"d\":{\"heartbeat_interval\":" + HEARTBEAT_INTERVAL + "},\"s\":null,\"t\":null}";
    }

    static String heartbeatAck() {
        return "{\"op\":11,\"d\":null}";
    }

    static String reconnect() {
        return "{\"op\":7,\"d\":null,\"s\":null,\"t\":null}";
    }

    static String invalidSession(boolean resumable) {
        return "{\"op\":9,\"d\":" + resumable + ",\"s\":null,\"t\":null}";
    }

    static String dispatch(String type, int seq, String data) {
        return "{\"op\":0,\"t\":\"" + type + "\",\"s\":" + seq + ",\"d\":" + data + "}";
    }

    /** READY lists the session's guilds as unavailable; a GUILD_CREATE for each follows. */
    static ObjectNode ready(Session session, UserState bot, List<GuildState> guilds, String resumeUrl) {
        ArrayNode unavailable = Json.array();
        guilds.forEach(guild -> unavailable.addObject().put("id", Json.id(guild.id)).put("unavailable", true));
        ObjectNode ready = Json.object().put("v", 10);
        ready.set("user", EntityJson.self(bot));
        ready.set("guilds", unavailable);
        ready.set("private_channels", Json.array());
        ready.put("session_id", session.id).put("session_type", "normal").put("resume_gateway_url", resumeUrl);
        ready.set("shard", Json.array().add(session.shard).add(session.shardCount));
        ready.set("application", Json.object().put("id", Json.id(bot.id())).put("flags", 0));
        ready.set("_trace", Json.array().add("fake-discord"));
        return ready;
    }
}
