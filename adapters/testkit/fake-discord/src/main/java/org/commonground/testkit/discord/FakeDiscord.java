package org.commonground.testkit.discord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;

/**
 * Discord on 127.0.0.1: the REST API under {@code /api/v10/} and the gateway on the same ephemeral port.
 * Point a bot at {@link #restUrl()} and {@link #gatewayUrl()}, set up guilds and people, let the
 * people act, and inspect what the bot did. Thread-safe; every inspection returns a snapshot.
 */
public final class FakeDiscord implements AutoCloseable {
    public static final String DEFAULT_TOKEN = "fake-discord-token";
    private static final int JOURNAL_LIMIT = 100_000;

    private final MockWebServer server = new MockWebServer();
    private final String token;
    private final Directory directory;
    private final Gateway gateway;
    private final RateLimits rateLimits = new RateLimits();
    private final Commands commands;
    private final Community community;
    private final PersonInteractions personInteractions;
    private final Journal<SentMessage> sent = new Journal<>(JOURNAL_LIMIT);
    private final Journal<Reaction> reactions = new Journal<>(JOURNAL_LIMIT);
    private final Journal<InteractionResponse> responses = new Journal<>(JOURNAL_LIMIT);
    private final Journal<RecordedCall> calls = new Journal<>(10_000);

    private FakeDiscord(Builder options) {
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1", e);
        }
        token = options.token;
        Snowflakes ids = new Snowflakes();
        directory = new Directory(ids, options.botName);
        gateway = new Gateway(directory, token, options.messageContentEnabled, gatewayUrl());
        commands = new Commands(ids, directory.applicationId());
        MessageEvents events = new MessageEvents(gateway, directory.bot.id());
        BotMessages botMessages = new BotMessages(directory, events, sent);
        Interactions interactions = new Interactions(ids);
        community = new Community(directory, events, gateway);
        personInteractions = new PersonInteractions(directory, commands, interactions, botMessages, community, gateway);
        Map<Route, Endpoint> routes = new EnumMap<>(Route.class);
        new AccountEndpoints(directory, gatewayUrl()).register(routes);
        new MessageEndpoints(directory, botMessages, reactions, options.messageContentEnabled).register(routes);
        new InteractionEndpoints(interactions, botMessages, responses, directory.applicationId()).register(routes);
        new CommandEndpoints(commands, directory).register(routes);
        server.setDispatcher(new HttpFront(server, gateway, rateLimits, routes, token, calls));
    }

    /** A fake with the default token and the MESSAGE_CONTENT intent enabled for the app. */
    public static FakeDiscord start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The REST base URL, ending in {@code /api/v10/}. */
    public String restUrl() {
        return "http://127.0.0.1:" + server.getPort() + "/api/v10/";
    }

    public String gatewayUrl() {
        return "ws://127.0.0.1:" + server.getPort() + "/";
    }

    public String token() {
        return token;
    }

    public long botId() {
        return directory.bot.id();
    }

    public long applicationId() {
        return directory.applicationId();
    }

    /** A new guild with the bot in it; announced by GUILD_CREATE if the bot is already connected. */
    public FakeGuild guild(String name) {
        GuildState guild = directory.newGuild(name);
        gateway.publish(Dispatch.of("GUILD_CREATE", guild.id, Intents.GUILDS,
                EntityJson.guild(guild, guild.members())));
        return new FakeGuild(guild, directory, gateway, this::person);
    }

    /** A person in no guild, who can still write to the bot in a DM. */
    public Person user(String name) {
        return person(directory.newUser(name));
    }

    public RateLimits rateLimits() {
        return rateLimits;
    }

    /** Sends RECONNECT (op 7); events from now on wait for the client to resume. */
    public void sendReconnect() {
        gateway.reconnect();
    }

    /** Sends INVALID_SESSION (op 9); when not resumable the session is gone and the client must IDENTIFY. */
    public void invalidateSession(boolean resumable) {
        gateway.invalidateSessions(resumable);
    }

    /** Cuts every gateway connection without a close frame, as a network failure would. */
    public void dropConnections() {
        gateway.dropConnections();
    }

    public List<Identify> identifies() {
        return gateway.identifies();
    }

    /** How many RESUMEs succeeded. */
    public int resumes() {
        return gateway.resumes();
    }

    /** Everything the bot sent, in order. */
    public List<SentMessage> sentMessages() {
        return sent.snapshot();
    }

    public List<SentMessage> sentMessages(FakeChannel channel) {
        return sent.snapshot().stream().filter(m -> m.channelId() == channel.id()).collect(Collectors.toList());
    }

    /** The channel's messages as they are now, oldest first. */
    public List<ChannelMessage> history(FakeChannel channel) {
        return channel.state.history().values().stream().map(ChannelMessage::of).collect(Collectors.toList());
    }

    public List<InteractionResponse> interactionResponses() {
        return responses.snapshot();
    }

    public List<InteractionResponse> interactionResponses(long interactionId) {
        return responses.snapshot().stream().filter(r -> r.interactionId() == interactionId)
                .collect(Collectors.toList());
    }

    /** The bot's reactions as they are now. */
    public List<Reaction> reactions() {
        return reactions.snapshot();
    }

    public List<RegisteredCommand> commands() {
        return commands.registered();
    }

    /** The latest HTTP requests (up to 10,000), oldest first. */
    public List<RecordedCall> requests() {
        return calls.snapshot();
    }

    /** Waits until the condition holds; an {@link AssertionError} after {@code timeout}. */
    public void waitUntil(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
    }

    @Override
    public void close() {
        gateway.dropConnections();
        server.close();
    }

    private Person person(UserState user) {
        return new Person(user, directory, community, personInteractions);
    }

    /** Settings of a fake: the bot's token and name, and whether MESSAGE_CONTENT is enabled for the app. */
    public static final class Builder {
        private String token = DEFAULT_TOKEN;
        private String botName = "Common Ground";
        private boolean messageContentEnabled = true;

        private Builder() {
        }

        public Builder token(String botToken) {
            token = botToken;
            return this;
        }

        public Builder botName(String name) {
            botName = name;
            return this;
        }

        /** When false, IDENTIFY with MESSAGE_CONTENT is closed with 4014 and REST reads blank content. */
        public Builder messageContentEnabled(boolean enabled) {
            messageContentEnabled = enabled;
            return this;
        }

        public FakeDiscord start() {
            return new FakeDiscord(this);
        }
    }
}
