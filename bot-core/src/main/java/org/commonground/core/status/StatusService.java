package org.commonground.core.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.commonground.core.BotRuntime;
import org.commonground.core.domain.Chat;
import org.commonground.core.domain.OutboxStatus;
import org.commonground.core.port.ChatStore;
import org.commonground.core.port.InboundLog;
import org.commonground.core.port.OutboxStore;
import org.commonground.core.port.RoundStore;

/** How the bot is doing, as seen from the store: readable from any process. */
public final class StatusService {

    private final RoundStore rounds;
    private final ChatStore chats;
    private final OutboxStore outbox;
    private final InboundLog log;
    private final Clock clock;

    public StatusService(RoundStore rounds, ChatStore chats, OutboxStore outbox, InboundLog log, Clock clock) {
        this.rounds = rounds;
        this.chats = chats;
        this.outbox = outbox;
        this.log = log;
        this.clock = clock;
    }

    /**
     * A snapshot.
     *
     * @param lastHeartbeat when a running bot last said it was alive, or {@code null} if never
     * @param botRunning    whether that was recent enough to believe it still runs
     */
    public record Status(int openRounds, int rounds, int chats, int pending, int failed, Instant lastHeartbeat,
                         boolean botRunning) {
    }

    /** The chats the bot has seen or posted to, most recently seen first. */
    public List<Chat> chats() {
        return chats.list();
    }

    public Status status() {
        var all = rounds.list();
        Map<OutboxStatus, Integer> counts = outbox.counts();
        long beat = log.position(BotRuntime.HEARTBEAT);
        Instant last = beat == 0 ? null : Instant.ofEpochMilli(beat);
        boolean running = last != null
                && Duration.between(last, clock.instant()).compareTo(BotRuntime.HEARTBEAT_EVERY.multipliedBy(3)) <= 0;
        return new Status((int) all.stream().filter(r -> r.isOpen()).count(), all.size(), chats.list().size(),
                counts.getOrDefault(OutboxStatus.PENDING, 0), counts.getOrDefault(OutboxStatus.FAILED, 0), last,
                running);
    }
}
