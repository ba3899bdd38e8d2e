package org.commonground.core.testkit;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.port.InboundLog;

/** The inbound log in memory, for tests of the core. */
public final class InMemoryInboundLog implements InboundLog {

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> positions = new ConcurrentHashMap<>();

    @Override
    public boolean firstTime(ChatRef chat, String eventKey, Instant at) {
        return seen.add(chat + "/" + eventKey);
    }

    @Override
    public long position(String name) {
        return positions.getOrDefault(name, 0L);
    }

    @Override
    public void savePosition(String name, long value) {
        positions.put(name, value);
    }
}
