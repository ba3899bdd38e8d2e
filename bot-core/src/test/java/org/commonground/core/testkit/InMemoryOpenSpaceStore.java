package org.commonground.core.testkit;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.openspace.Booking;
import org.commonground.core.openspace.OpenSpace;
import org.commonground.core.openspace.OpenSpaceStore;
import org.commonground.core.openspace.Phase;
import org.commonground.core.openspace.Slot;
import org.commonground.core.openspace.Space;

/** Open spaces in memory, for tests of the core. */
public final class InMemoryOpenSpaceStore implements OpenSpaceStore {

    private final Map<Long, OpenSpace> spaces = new ConcurrentHashMap<>();
    private final Map<Long, List<Booking>> agendas = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public OpenSpace create(long gatheringId, String name, List<ChatRef> chats, ZoneId zone, List<Slot> slots,
                            List<Space> rooms, Instant at) {
        OpenSpace created = new OpenSpace(ids.incrementAndGet(), gatheringId, name, chats, zone, slots, rooms,
                Phase.DRAFT, at);
        spaces.put(created.id(), created);
        return created;
    }

    @Override
    public Optional<OpenSpace> find(long id) {
        return Optional.ofNullable(spaces.get(id));
    }

    @Override
    public List<OpenSpace> list() {
        List<OpenSpace> all = new ArrayList<>(spaces.values());
        all.sort(Comparator.comparing(OpenSpace::createdAt).thenComparingLong(OpenSpace::id).reversed());
        return all;
    }

    @Override
    public List<OpenSpace> activeIn(ChatRef chat) {
        return list().stream().filter(s -> !s.is(Phase.CLOSED) && s.chats().contains(chat)).toList();
    }

    @Override
    public void setPhase(long id, Phase phase) {
        spaces.computeIfPresent(id, (k, s) -> new OpenSpace(s.id(), s.gatheringId(), s.name(), s.chats(), s.zone(),
                s.slots(), s.spaces(), phase, s.createdAt()));
    }

    @Override
    public void setLayout(long id, List<Slot> slots, List<Space> rooms) {
        spaces.computeIfPresent(id, (k, s) -> new OpenSpace(s.id(), s.gatheringId(), s.name(), s.chats(), s.zone(),
                slots, rooms, s.phase(), s.createdAt()));
    }

    @Override
    public void saveAgenda(long id, List<Booking> bookings) {
        List<Booking> ordered = new ArrayList<>(bookings);
        ordered.sort(Comparator.comparingInt(Booking::slot).thenComparingInt(Booking::space));
        agendas.put(id, List.copyOf(ordered));
    }

    @Override
    public List<Booking> agenda(long id) {
        return agendas.getOrDefault(id, List.of());
    }
}
