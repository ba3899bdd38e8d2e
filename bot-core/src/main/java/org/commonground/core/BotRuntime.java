package org.commonground.core;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.commonground.core.event.InboundSink;
import org.commonground.core.outbox.OutboxDispatcher;
import org.commonground.core.outbox.Platforms;
import org.commonground.core.port.ChatPlatform;
import org.commonground.core.port.InboundLog;

/**
 * The running bot: connects the platforms, delivers the outbox, does the chores that come with time
 * (closing rounds whose time has come, bringing open-space cards up to date, reminders), and leaves a
 * heartbeat that other processes read. A command run in another process only writes to the store;
 * this is what acts on it.
 */
public final class BotRuntime implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BotRuntime.class.getName());
    /** Name of the stored position that holds the time of the running bot's last heartbeat. */
    public static final String HEARTBEAT = "runtime.heartbeat";
    static final Duration TICK = Duration.ofMillis(200);
    /** How often the heartbeat is written; {@code status} calls a bot silent for longer than 3 beats stopped. */
    public static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(2);

    private final Platforms platforms;
    private final InboundSink sink;
    private final OutboxDispatcher dispatcher;
    private final List<Runnable> chores;
    private final InboundLog log;
    private final Clock clock;
    private final SingleBotGuard guard;
    private ScheduledExecutorService executor;
    private long lastBeat;

    /**
     * @param chores what to do on every tick before delivering, in order; each runs on its own, so
     *               that one failing does not hold up the others
     */
    public BotRuntime(Platforms platforms, InboundSink sink, OutboxDispatcher dispatcher, List<Runnable> chores,
                      InboundLog log, Clock clock) {
        this.platforms = platforms;
        this.sink = sink;
        this.dispatcher = dispatcher;
        this.chores = List.copyOf(chores);
        this.log = log;
        this.clock = clock;
        this.guard = new SingleBotGuard(log, clock, HEARTBEAT_EVERY.multipliedBy(5).dividedBy(2));
    }

    /**
     * Starts every platform and the delivery loop, and returns. Refuses with a
     * {@link BotAlreadyRunningException} when another bot is running on the same store.
     */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        guard.ensureAlone();
        for (ChatPlatform platform : platforms.all()) {
            platform.start(sink);
            LOG.info(() -> "Connected to " + platform.platform());
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "commonground-runtime");
            thread.setDaemon(false);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One pass: the chores, then delivery until nothing more is due now, then the heartbeat. */
    void tick() {
        for (Runnable chore : chores) {
            try {
                chore.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A chore failed; retrying on the next tick", e);
            }
        }
        try {
            while (dispatcher.deliverDue() > 0) {
                // keep going while messages go out; each pass takes one message per chat, in order
            }
            long now = clock.millis();
            if (now - lastBeat >= HEARTBEAT_EVERY.toMillis()) {
                log.savePosition(HEARTBEAT, now);
                lastBeat = now;
            }
        } catch (RuntimeException e) {
            // The loop must survive a store hiccup; the next tick tries again.
            LOG.log(Level.WARNING, "Runtime tick failed; retrying", e);
        }
    }

    public synchronized boolean running() {
        return executor != null;
    }

    /** Stops delivery and disconnects the platforms; what is still queued stays in the outbox. */
    @Override
    public synchronized void close() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
        platforms.all().forEach(ChatPlatform::stop);
    }
}
