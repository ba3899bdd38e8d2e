package org.commonground.core;

import java.time.Clock;
import java.time.Duration;

import org.commonground.core.port.InboundLog;

/**
 * Keeps a second bot from starting on a database another bot is serving, which would deliver every
 * queued message twice. A fresh heartbeat may be a bot that was just killed, so the guard watches it
 * for a little longer than a beat: a heart that still beats belongs to a running bot.
 */
final class SingleBotGuard {

    private final InboundLog log;
    private final Clock clock;
    private final Duration watch;

    SingleBotGuard(InboundLog log, Clock clock, Duration watch) {
        this.log = log;
        this.clock = clock;
        this.watch = watch;
    }

    /** Returns when no other bot is running; throws {@link BotAlreadyRunningException} when one is. */
    void ensureAlone() {
        long beat = log.position(BotRuntime.HEARTBEAT);
        if (beat == 0 || clock.millis() - beat > BotRuntime.HEARTBEAT_EVERY.multipliedBy(3).toMillis()) {
            return;
        }
        try {
            Thread.sleep(watch.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking for another running bot.", e);
        }
        if (log.position(BotRuntime.HEARTBEAT) != beat) {
            throw new BotAlreadyRunningException();
        }
    }
}
