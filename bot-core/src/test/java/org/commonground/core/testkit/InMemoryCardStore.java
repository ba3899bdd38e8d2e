package org.commonground.core.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.openspace.Card;
import org.commonground.core.openspace.CardStore;

/** Session cards in memory; the cards of a deleted session go with it. */
public final class InMemoryCardStore implements CardStore {

    private record Key(long sessionId, ChatRef chat) {
    }

    private final Map<Key, Card> cards = new LinkedHashMap<>();
    private final InMemorySessionStore sessions;

    public InMemoryCardStore(InMemorySessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public synchronized void add(long sessionId, ChatRef chat, long postId, long version) {
        cards.put(new Key(sessionId, chat), new Card(sessionId, chat, postId, version, 0));
    }

    @Override
    public synchronized List<Card> stale() {
        return live().stream()
                .filter(c -> sessions.find(c.sessionId()).orElseThrow().version() > c.shownVersion())
                .sorted((a, b) -> Long.compare(a.sessionId(), b.sessionId()))
                .toList();
    }

    @Override
    public synchronized void edited(long sessionId, ChatRef chat, long version, long editId) {
        cards.computeIfPresent(new Key(sessionId, chat), (k, c) -> new Card(sessionId, chat, c.postId(), version,
                editId));
    }

    @Override
    public synchronized void drop(long sessionId, ChatRef chat) {
        cards.remove(new Key(sessionId, chat));
    }

    @Override
    public synchronized List<Card> of(long sessionId) {
        return live().stream().filter(c -> c.sessionId() == sessionId).toList();
    }

    private List<Card> live() {
        return new ArrayList<>(cards.values()).stream().filter(c -> sessions.find(c.sessionId()).isPresent()).toList();
    }
}
