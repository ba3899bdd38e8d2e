package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** The gateway: opens connections, starts and resumes sessions, and fans events out to sessions. */
final class Gateway {
    /** Past this many queued characters on a connection, simulated people wait for the client to read. */
    private static final long BACKLOG_LIMIT = 8L << 20;
    private static final long BACKLOG_PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final Directory directory;
    private final String token;
    private final boolean messageContentEnabled;
    private final String url;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Set<GatewayConnection> connections = ConcurrentHashMap.newKeySet();
    private final List<Identify> identifies = new CopyOnWriteArrayList<>();
    private final AtomicInteger resumes = new AtomicInteger();

    Gateway(Directory directory, String token, boolean messageContentEnabled, String url) {
        this.directory = directory;
        this.token = token;
        this.messageContentEnabled = messageContentEnabled;
        this.url = url;
    }

    MockResponse upgrade(RecordedRequest request) {
        String compress = request.getUrl().queryParameter("compress");
        GatewayConnection connection = new GatewayConnection(this, PayloadEncoder.forCompression(compress));
        connections.add(connection);
        return WebSocketUpgrade.accept(request, connection.socket);
    }

    void identify(GatewayConnection connection, JsonNode data) {
        int intents = data.path("intents").asInt();
        int shard = data.path("shard").path(0).asInt(0);
        int shardCount = data.path("shard").path(1).asInt(1);
        if (connection.session() != null) {
            connection.close(4005, "Already authenticated.");
        } else if (!token.equals(data.path("token").asText())) {
            connection.close(4004, "Authentication failed.");
        } else if ((intents & Intents.MESSAGE_CONTENT) != 0 && !messageContentEnabled) {
            connection.close(4014, "Disallowed intent(s).");
        } else if (shard < 0 || shard >= shardCount) {
            connection.close(4010, "Invalid shard.");
        } else {
            Session session = new Session(UUID.randomUUID().toString().replace("-", ""), intents, shard, shardCount);
            identifies.add(new Identify(session.id, intents, session.shard, session.shardCount));
            start(connection, session);
        }
    }

    /**
     * READY and the GUILD_CREATEs go out before any other event can reach the new session. The guilds
     * are listed after the session is registered, so a guild created meanwhile is not missed.
     */
    private void start(GatewayConnection connection, Session session) {
        boolean allMembers = (session.intents & Intents.GUILD_MEMBERS) != 0;
        synchronized (session) {
            session.attach(connection);
            connection.session(session);
            sessions.put(session.id, session);
            List<GuildState> guilds = directory.guilds().stream().filter(session::serves).collect(Collectors.toList());
            session.send("READY", GatewayPayloads.ready(session, directory.bot, guilds, url).toString());
            for (GuildState guild : guilds) {
                var members = allMembers ? guild.members() : List.of(guild.member(directory.bot.id()));
                session.send("GUILD_CREATE", EntityJson.guild(guild, members).toString());
            }
        }
    }

    void resume(GatewayConnection connection, JsonNode data) {
        Session session = sessions.get(data.path("session_id").asText());
        boolean resumed = session != null && token.equals(data.path("token").asText())
                && session.resume(connection, data.path("seq").asInt());
        if (resumed) {
            connection.session(session);
            resumes.incrementAndGet();
        } else {
            connection.send(GatewayPayloads.invalidSession(false));
        }
    }

    /** Answers REQUEST_GUILD_MEMBERS with every member in one chunk. */
    void requestMembers(Session session, JsonNode data) {
        JsonNode ids = data.path("guild_id");
        for (JsonNode id : ids.isArray() ? ids : Json.array().add(ids)) {
            GuildState guild = directory.guild(Json.idOf(id));
            if (guild != null) {
                ArrayNode members = Json.array();
                guild.members().forEach(member -> members.add(EntityJson.member(guild, member)));
                ObjectNode chunk = Json.object().put("guild_id", Json.id(guild.id)).put("chunk_index", 0)
                        .put("chunk_count", 1);
                chunk.set("members", members);
                chunk.set("not_found", Json.array());
                chunk.set("nonce", data.path("nonce"));
                session.send("GUILD_MEMBERS_CHUNK", chunk.toString());
            }
        }
    }

    void closed(GatewayConnection connection) {
        connections.remove(connection);
        Session session = connection.session();
        if (session != null) {
            session.detach(connection);
        }
    }

    void publish(Dispatch event) {
        sessions.values().forEach(session -> session.offer(event));
    }

    /** Lets a producer outrun a slow client only so far, so memory stays bounded. */
    void awaitBacklog() {
        long deadline = System.nanoTime() + BACKLOG_PATIENCE_NANOS;
        while (connections.stream().anyMatch(c -> c.socket.backlog() > BACKLOG_LIMIT) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    void reconnect() {
        sessions.values().forEach(session -> session.handOff(GatewayPayloads.reconnect()));
    }

    void invalidateSessions(boolean resumable) {
        for (Session session : sessions.values()) {
            session.handOff(GatewayPayloads.invalidSession(resumable));
            if (!resumable) {
                sessions.remove(session.id);
            }
        }
    }

    void dropConnections() {
        connections.forEach(GatewayConnection::drop);
    }

    List<Identify> identifies() {
        return List.copyOf(identifies);
    }

    int resumes() {
        return resumes.get();
    }
}
