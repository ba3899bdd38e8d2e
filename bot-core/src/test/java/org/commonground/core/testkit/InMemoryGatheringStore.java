package org.commonground.core.testkit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Gathering;
import org.commonground.core.port.GatheringStore;

/** Gatherings in memory, for tests of the core. */
public final class InMemoryGatheringStore implements GatheringStore {

    private final Map<Long, Gathering> gatherings = new ConcurrentHashMap<>();

    @Override
    public synchronized Gathering findOrCreate(List<ChatRef> chats, String name) {
        return gatherings.values().stream()
                .filter(g -> g.chats().size() == chats.size() && g.chats().containsAll(chats))
                .findFirst()
                .orElseGet(() -> {
                    Gathering created = new Gathering(gatherings.size() + 1, name, chats);
                    gatherings.put(created.id(), created);
                    return created;
                });
    }

    @Override
    public Optional<Gathering> find(long id) {
        return Optional.ofNullable(gatherings.get(id));
    }
}
