package org.commonground.adapter.telegram;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.commonground.core.port.InboundLog;

/**
 * The id of the last Telegram update taken, kept in memory for the next poll and stored durably
 * once per batch, before that poll, so that a restarted bot resumes after it. Kept per bot, as
 * update ids belong to one bot.
 */
final class UpdatePosition {

    private static final Logger LOG = Logger.getLogger(UpdatePosition.class.getName());

    private final InboundLog log;
    private final String name;
    private volatile long taken;
    private long saved;

    UpdatePosition(InboundLog log, long botId) {
        this.log = log;
        this.name = "telegram." + botId + ".update";
        this.taken = log.position(name);
        this.saved = taken;
    }

    long taken() {
        return taken;
    }

    void took(long updateId) {
        taken = updateId;
    }

    /**
     * Stores the position if it moved; the next poll confirms the updates up to it to Telegram.
     *
     * @return false if the store did not take it
     */
    boolean save() {
        long now = taken;
        if (now == saved) {
            return true;
        }
        try {
            log.savePosition(name, now);
            saved = now;
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not store the Telegram update position " + now, e);
            return false;
        }
    }

    /** Whether the store answers at all: tells a store that is down from an update it cannot take. */
    boolean storeAnswers() {
        try {
            log.position(name);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
