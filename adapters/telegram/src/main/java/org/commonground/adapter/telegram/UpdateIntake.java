package org.commonground.adapter.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.commonground.core.event.InboundEvent;
import org.commonground.core.event.InboundResult;
import org.commonground.core.event.InboundSink;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes the updates of each poll one at a time, on the polling thread, and stores each through the
 * sink before the next. Telegram confirms an update when a poll asks for a higher offset, so every
 * poll asks for the update after the last one stored here, whatever the client has received: an
 * update that was not stored is never confirmed and comes again after a restart, and one stored
 * twice is dropped by the core. Nothing escapes: an exception out of here would silently end polling.
 */
final class UpdateIntake implements LongPollingUpdateConsumer {

    private static final Logger LOG = Logger.getLogger(UpdateIntake.class.getName());
    static final List<String> WANTED = List.of("message", "edited_message", "callback_query");
    private static final int LIMIT = 100;
    private static final int TRIES_BEFORE_SKIPPING = 3;

    private final TelegramUpdateMapper mapper;
    private final ChatAdmins admins;
    private final InboundSink sink;
    private final Notes notes;
    private final UpdatePosition position;
    private final int pollSeconds;
    private volatile boolean running = true;

    UpdateIntake(TelegramUpdateMapper mapper, ChatAdmins admins, InboundSink sink, Notes notes,
                 UpdatePosition position, int pollSeconds) {
        this.mapper = mapper;
        this.admins = admins;
        this.sink = sink;
        this.notes = notes;
        this.position = position;
        this.pollSeconds = pollSeconds;
    }

    /** The next poll; the client's own idea of the last update received is deliberately not used. */
    GetUpdates nextPoll(Integer lastReceivedByClient) {
        return GetUpdates.builder().offset(Math.toIntExact(position.taken() + 1)).limit(LIMIT).timeout(pollSeconds)
                .allowedUpdates(WANTED).build();
    }

    @Override
    public void consume(List<Update> updates) {
        prepare(updates);
        for (Update update : updates) {
            if (!running) {
                break;
            }
            if (update.getUpdateId() > position.taken()) {
                if (!take(update)) {
                    break;
                }
                position.took(update.getUpdateId());
            }
        }
        // The next poll confirms what was taken, so it waits until the store has it for good.
        for (int attempt = 1; !position.save() && pause(attempt); attempt++) {
            if (!running) {
                return;
            }
        }
    }

    /** Lets the core do the work the batch's replies share together first; a failure costs only speed. */
    private void prepare(List<Update> updates) {
        try {
            List<InboundEvent> events = new ArrayList<>();
            for (Update update : updates) {
                if (update.getUpdateId() > position.taken()) {
                    mapper.map(update).ifPresent(events::add);
                }
            }
            sink.prepare(events);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Could not prepare a batch of updates; each is taken on its own", e);
        }
    }

    /** @return false when stopping interrupted it, so that the update stays unconfirmed */
    private boolean take(Update update) {
        InboundEvent event;
        try {
            Optional<InboundEvent> mapped = mapper.map(update);
            if (mapped.isEmpty()) {
                notes.say(update, InboundResult.NOTHING);
                return true;
            }
            event = admins.resolve(mapped.get());
        } catch (RuntimeException | StackOverflowError e) {
            skip(update, e);
            return true;
        }
        // A check cut short by stopping must not be stored as a refusal.
        InboundResult result = running ? store(update, event) : null;
        if (result == null) {
            return false;
        }
        notes.say(update, result);
        return true;
    }

    /** Hands the event to the sink, waiting out a store that does not answer; null when stopping. */
    private InboundResult store(Update update, InboundEvent event) {
        for (int attempt = 1; running; attempt++) {
            try {
                return sink.accept(event);
            } catch (RuntimeException | StackOverflowError e) {
                if (attempt >= TRIES_BEFORE_SKIPPING && position.storeAnswers()) {
                    skip(update, e);
                    return InboundResult.NOTHING;
                }
                if (attempt == 1) {
                    LOG.log(Level.WARNING, "Could not store Telegram update " + update.getUpdateId() + "; retrying", e);
                }
                if (!pause(attempt)) {
                    return null;
                }
            }
        }
        return null;
    }

    private static boolean pause(int attempt) {
        try {
            Thread.sleep(Math.min(5_000L, 100L << Math.min(attempt, 6)));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void skip(Update update, Throwable e) {
        LOG.log(Level.SEVERE, "Skipped Telegram update " + update.getUpdateId() + ": it cannot be taken", e);
    }

    /** Takes no more updates; one being stored is finished first. */
    void stop() {
        running = false;
    }
}
