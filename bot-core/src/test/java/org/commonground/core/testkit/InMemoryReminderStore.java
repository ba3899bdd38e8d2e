package org.commonground.core.testkit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.openspace.ReminderStore;

/** Reminder requests and sent reminders in memory, for tests of the core. */
public final class InMemoryReminderStore implements ReminderStore {

    private record Request(long openSpaceId, MemberRef member) {
    }

    private record Done(long openSpaceId, int slot, MemberRef member) {
    }

    private final Map<Request, ChatRef> requests = new LinkedHashMap<>();
    private final Set<Done> done = new HashSet<>();

    @Override
    public synchronized void optIn(long openSpaceId, MemberRef member, ChatRef directChat) {
        Request request = new Request(openSpaceId, member);
        ChatRef known = requests.get(request);
        requests.put(request, directChat != null ? directChat : known);
    }

    @Override
    public synchronized boolean optOut(long openSpaceId, MemberRef member) {
        Request request = new Request(openSpaceId, member);
        boolean had = requests.containsKey(request);
        requests.remove(request);
        return had;
    }

    @Override
    public synchronized List<OptIn> optedIn(long openSpaceId) {
        List<OptIn> all = new ArrayList<>();
        requests.forEach((request, chat) -> {
            if (request.openSpaceId() == openSpaceId) {
                all.add(new OptIn(request.member(), chat));
            }
        });
        return all;
    }

    @Override
    public synchronized List<Long> openSpacesOf(MemberRef member) {
        return requests.keySet().stream().filter(r -> r.member().equals(member)).map(Request::openSpaceId).toList();
    }

    @Override
    public synchronized boolean markDone(long openSpaceId, int slot, MemberRef member) {
        return done.add(new Done(openSpaceId, slot, member));
    }

    @Override
    public synchronized Set<MemberRef> done(long openSpaceId, int slot) {
        return done.stream().filter(d -> d.openSpaceId() == openSpaceId && d.slot() == slot).map(Done::member)
                .collect(Collectors.toSet());
    }

    @Override
    public synchronized int forget(MemberRef member) {
        int asked = (int) requests.keySet().stream().filter(r -> r.member().equals(member)).count();
        requests.keySet().removeIf(r -> r.member().equals(member));
        done.removeIf(d -> d.member().equals(member));
        return asked;
    }
}
