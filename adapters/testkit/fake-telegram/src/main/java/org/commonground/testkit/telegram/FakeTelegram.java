package org.commonground.testkit.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A fake Telegram Bot API on 127.0.0.1, faithful to the published API in shapes, status codes and
 * error descriptions, for tests and benchmarks of a bot that uses a real client. Simulated people
 * post, reply, edit, tap buttons and react; the bot gets their updates through getUpdates, and
 * everything it sends is kept for assertions. Thread-safe; every inspection returns a snapshot.
 *
 * <pre>{@code
 * try (FakeTelegram telegram = FakeTelegram.start()) {
 *     Person alice = telegram.person("Alice");
 *     FakeChat group = telegram.group("Gathering", alice);
 *     alice.says(group, "/share getting back to the football");
 *     // point the bot at telegram.host() and telegram.port() with telegram.token(), then:
 *     telegram.await(() -> telegram.sent(group).size() == 1);
 * }
 * }</pre>
 */
public final class FakeTelegram implements AutoCloseable {

    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    private final World world;
    private final People people;
    private final UpdateQueue updates;
    private final BotActivity activity = new BotActivity();
    private final CommandMenu menu = new CommandMenu();
    private final ChangeSignal signal = new ChangeSignal();
    private final Faults faults;
    private final RequestLog log;
    private final BotApiServer server;

    private FakeTelegram(Builder options) throws IOException {
        updates = new UpdateQueue(options.longestPoll, signal);
        world = new World(BotProfile.of(options.token, options.botUsername, options.botName), updates, options.clock);
        people = new People(world);
        faults = new Faults(options.stormSeed);
        log = new RequestLog(options.requestLogSize);
        MethodTable methods = new MethodTable();
        new PollingMethods(world, updates).addTo(methods);
        Pacer pacer = new Pacer(options.pacing, options.clock);
        new MessageMethods(world, pacer).addTo(methods);
        new MediaMethods(world, pacer).addTo(methods);
        new ChatMethods(world, activity).addTo(methods);
        new InteractionMethods(world, activity, menu).addTo(methods);
        server = new BotApiServer(options.token, methods, faults, log, signal);
    }

    /** Starts a fake with Telegram's pacing, the default token and the system clock. */
    public static FakeTelegram start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return server.port();
    }

    /** The base URL, without a path, that clients put in place of https://api.telegram.org. */
    public String baseUrl() {
        return "http://" + host() + ":" + port();
    }

    public String token() {
        return world.bot().token();
    }

    public long botId() {
        return world.bot().id();
    }

    public String botUsername() {
        return world.bot().username();
    }

    /** A new simulated person, not yet in any group. */
    public Person person(String firstName) {
        return people.newPerson(firstName);
    }

    /** A basic group with the bot in it, created by the first person. */
    public FakeChat group(String title, Person creator, Person... members) {
        return world.newGroup(ChatType.GROUP, title, creator, members);
    }

    public FakeChat supergroup(String title, Person creator, Person... members) {
        return world.newGroup(ChatType.SUPERGROUP, title, creator, members);
    }

    /** On by default, as for every new bot: in groups the bot hears only what is meant for it. */
    public void privacyMode(boolean enabled) {
        world.privacyMode(enabled);
    }

    /**
     * Refuses this fraction of sendMessage, editMessageText, editMessageReplyMarkup and
     * setMessageReaction calls with 429 and this retry_after, the same calls for the same seed; 0 ends it.
     */
    public void storm(double fraction, int retryAfterSeconds) {
        faults.storm(fraction, retryAfterSeconds);
    }

    /** The next calls of the method (any spelling) fail with this status and description, and no parameters. */
    public void failNext(String method, int times, int status, String description) {
        faults.failNext(method, times, status, description);
    }

    /** What the bot sent to the chat, in order, each as it stands after edits and deletions. */
    public List<SentMessage> sent(FakeChat chat) {
        return world.sentByBot(chat.id());
    }

    public List<BotReaction> reactions() {
        return activity.reactions();
    }

    public List<CallbackAnswer> callbackAnswers() {
        return activity.answers();
    }

    public List<ChatAction> chatActions() {
        return activity.actions();
    }

    /** The command lists by scope, such as "default" or "all_group_chats"; see setMyCommands. */
    public Map<String, List<BotCommand>> commands() {
        return menu.snapshot();
    }

    /** The most recent requests, oldest first; the builder sets how many are kept. */
    public List<LoggedRequest> requests() {
        return log.snapshot();
    }

    public int tooManyRequestsGiven() {
        return log.tooManyRequests();
    }

    /** Updates queued for the bot and not yet confirmed by a getUpdates with a higher offset. */
    public int pendingUpdates() {
        return updates.pendingCount();
    }

    /** Waits up to ten seconds for the condition, waking as the fake changes; fails the test if it never holds. */
    public void await(BooleanSupplier condition) {
        await(DEFAULT_WAIT, condition);
    }

    public void await(Duration timeout, BooleanSupplier condition) {
        signal.await(condition, timeout);
    }

    /** Answers waiting polls with no updates, then stops the server. Close the bot's client first. */
    @Override
    public void close() {
        updates.close();
        server.close();
    }

    /** Options of a fake; each has a default that suits tests. */
    public static final class Builder {

        private String token = "7000000001:AAFakeTelegramTokenForTests";
        private String botUsername = "commonground_test_bot";
        private String botName = "Common Ground";
        private Pacing pacing = Pacing.telegram();
        private Clock clock = Clock.systemUTC();
        private Duration longestPoll = Duration.ofSeconds(50);
        private long stormSeed = 1;
        private int requestLogSize = 10_000;

        private Builder() {
        }

        /** The bot's token; it must start with the bot's numeric id and a colon, like real ones. */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        public Builder bot(String username, String firstName) {
            this.botUsername = username;
            this.botName = firstName;
            return this;
        }

        public Builder pacing(Pacing pacing) {
            this.pacing = pacing;
            return this;
        }

        /** The clock for message dates and for pacing; a test may move it by hand. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Caps how long getUpdates waits, whatever timeout the client asks for. */
        public Builder longestPoll(Duration longestPoll) {
            this.longestPoll = longestPoll;
            return this;
        }

        public Builder stormSeed(long seed) {
            this.stormSeed = seed;
            return this;
        }

        /** How many recent requests {@link FakeTelegram#requests()} keeps; 0 keeps none, for long benchmarks. */
        public Builder requestLogSize(int requests) {
            this.requestLogSize = requests;
            return this;
        }

        public FakeTelegram start() {
            try {
                return new FakeTelegram(this);
            } catch (IOException e) {
                throw new UncheckedIOException("The fake Telegram server could not start", e);
            }
        }
    }
}
