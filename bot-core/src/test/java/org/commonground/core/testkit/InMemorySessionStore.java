package org.commonground.core.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.commonground.core.domain.MemberRef;
import org.commonground.core.openspace.Role;
import org.commonground.core.openspace.Session;
import org.commonground.core.openspace.SessionStore;
import org.commonground.core.openspace.Turnout;

/** Open-space sessions and their turnout in memory, for tests of the core. */
public final class InMemorySessionStore implements SessionStore {

    private record Tap(long sessionId, MemberRef member, Role role) {
    }

    private final TreeMap<Long, Session> sessions = new TreeMap<>();
    private final Set<Tap> taps = new HashSet<>();
    private long nextId = 1;

    @Override
    public synchronized Session propose(long openSpaceId, MemberRef proposer, String title, String about, Instant at) {
        int number = (int) sessions.values().stream().filter(s -> s.openSpaceId() == openSpaceId).count() + 1;
        Session session = new Session(nextId++, openSpaceId, number, proposer, title, about, false, 1, at);
        sessions.put(session.id(), session);
        return session;
    }

    @Override
    public synchronized Optional<Session> find(long id) {
        return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public synchronized Optional<Session> findByNumber(long openSpaceId, int number) {
        return list(openSpaceId).stream().filter(s -> s.number() == number).findFirst();
    }

    @Override
    public synchronized List<Session> list(long openSpaceId) {
        return sessions.values().stream().filter(s -> s.openSpaceId() == openSpaceId)
                .sorted(Comparator.comparingInt(Session::number)).toList();
    }

    @Override
    public synchronized List<Session> proposedBy(MemberRef member) {
        return sessions.values().stream().filter(s -> s.proposer().equals(member)).toList();
    }

    @Override
    public synchronized void retitle(long id, String title) {
        change(id, s -> new Session(s.id(), s.openSpaceId(), s.number(), s.proposer(), title, s.about(),
                s.withdrawn(), s.version() + 1, s.proposedAt()));
    }

    @Override
    public synchronized void withdraw(long id) {
        change(id, s -> new Session(s.id(), s.openSpaceId(), s.number(), s.proposer(), s.title(), s.about(), true,
                s.version() + 1, s.proposedAt()));
    }

    @Override
    public synchronized void touchAll(long openSpaceId) {
        list(openSpaceId).forEach(s -> touch(s.id()));
    }

    @Override
    public synchronized boolean toggle(long sessionId, MemberRef member, Role role) {
        Tap tap = new Tap(sessionId, member, role);
        boolean now = taps.add(tap) || !taps.remove(tap);
        touch(sessionId);
        return now;
    }

    @Override
    public synchronized Turnout turnout(long sessionId) {
        Set<MemberRef> interested = new HashSet<>();
        Set<MemberRef> cohosts = new HashSet<>();
        taps.stream().filter(t -> t.sessionId() == sessionId)
                .forEach(t -> (t.role() == Role.COHOST ? cohosts : interested).add(t.member()));
        return new Turnout(interested, cohosts);
    }

    @Override
    public synchronized Map<Long, Turnout> turnouts(long openSpaceId) {
        Map<Long, Turnout> all = new HashMap<>();
        for (Session session : list(openSpaceId)) {
            Turnout turnout = turnout(session.id());
            if (!turnout.interested().isEmpty() || !turnout.cohosts().isEmpty()) {
                all.put(session.id(), turnout);
            }
        }
        return all;
    }

    @Override
    public synchronized Map<Long, Set<Role>> rolesOf(MemberRef member) {
        Map<Long, Set<Role>> roles = new HashMap<>();
        taps.stream().filter(t -> t.member().equals(member))
                .forEach(t -> roles.computeIfAbsent(t.sessionId(), k -> EnumSet.noneOf(Role.class)).add(t.role()));
        return roles;
    }

    @Override
    public synchronized int forgetRoles(MemberRef member) {
        List<Tap> own = new ArrayList<>(taps.stream().filter(t -> t.member().equals(member)).toList());
        taps.removeAll(own);
        own.stream().map(Tap::sessionId).distinct().forEach(this::touch);
        return own.size();
    }

    @Override
    public synchronized void delete(long id) {
        sessions.remove(id);
        taps.removeIf(t -> t.sessionId() == id);
    }

    private void touch(long id) {
        change(id, s -> new Session(s.id(), s.openSpaceId(), s.number(), s.proposer(), s.title(), s.about(),
                s.withdrawn(), s.version() + 1, s.proposedAt()));
    }

    private void change(long id, UnaryOperator<Session> update) {
        sessions.computeIfPresent(id, (k, s) -> update.apply(s));
    }
}
