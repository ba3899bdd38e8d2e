package org.commonground.core.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Round;
import org.commonground.core.domain.RoundStatus;
import org.commonground.core.port.RoundStore;

/** Rounds in memory, for tests of the core. */
public final class InMemoryRoundStore implements RoundStore {

    private final Map<Long, Round> rounds = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public Round create(long gatheringId, List<ChatRef> chats, String prompt, Category category, Instant openedAt,
                        Instant closesAt) {
        Round round = new Round(ids.incrementAndGet(), gatheringId, chats, prompt, category, RoundStatus.OPEN,
                openedAt, closesAt, null);
        rounds.put(round.id(), round);
        return round;
    }

    @Override
    public Optional<Round> find(long id) {
        return Optional.ofNullable(rounds.get(id));
    }

    @Override
    public List<Round> list() {
        List<Round> all = new ArrayList<>(rounds.values());
        all.sort(Comparator.comparingLong(Round::id).reversed());
        return all;
    }

    @Override
    public List<Round> openIn(ChatRef chat) {
        return list().stream().filter(Round::isOpen).filter(r -> r.chats().contains(chat)).toList();
    }

    @Override
    public List<Round> dueToClose(Instant now) {
        return list().stream().filter(Round::isOpen)
                .filter(r -> r.closesAt() != null && !r.closesAt().isAfter(now)).toList();
    }

    @Override
    public synchronized boolean close(long id, Instant at) {
        Round r = rounds.get(id);
        if (r == null || !r.isOpen()) {
            return false;
        }
        rounds.put(id, new Round(r.id(), r.gatheringId(), r.chats(), r.prompt(), r.category(), RoundStatus.CLOSED,
                r.openedAt(), r.closesAt(), at));
        return true;
    }

    /** Puts {@code to} in place of {@code from} in every round; returns how many rounds had it. */
    synchronized int moveChat(ChatRef from, ChatRef to) {
        int moved = 0;
        for (Round r : List.copyOf(rounds.values())) {
            if (r.chats().contains(from)) {
                List<ChatRef> chats = r.chats().stream().map(c -> c.equals(from) ? to : c).distinct().toList();
                rounds.put(r.id(), new Round(r.id(), r.gatheringId(), chats, r.prompt(), r.category(), r.status(),
                        r.openedAt(), r.closesAt(), r.closedAt()));
                moved++;
            }
        }
        return moved;
    }
}
