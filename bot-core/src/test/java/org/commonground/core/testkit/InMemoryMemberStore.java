package org.commonground.core.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.commonground.core.domain.Chat;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Member;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.port.ChatStore;
import org.commonground.core.port.MemberStore;

/** Members and chats in memory, for tests of the core; a moved chat takes its rounds and outbox along. */
public final class InMemoryMemberStore implements MemberStore, ChatStore {

    private final InMemoryRoundStore rounds;
    private final InMemoryOutboxStore outbox;
    private final Map<MemberRef, Member> members = new HashMap<>();
    private final Map<MemberRef, Map<ChatRef, Instant>> spokeIn = new HashMap<>();
    private final Map<ChatRef, Chat> chats = new LinkedHashMap<>();

    public InMemoryMemberStore(InMemoryRoundStore rounds, InMemoryOutboxStore outbox) {
        this.rounds = rounds;
        this.outbox = outbox;
    }

    @Override
    public synchronized Member seen(MemberRef ref, String displayName, ChatRef chat, Instant at) {
        Member known = members.get(ref);
        Member member = new Member(ref, displayName != null ? displayName : known != null ? known.displayName() : "",
                known != null && known.credited());
        members.put(ref, member);
        spokeIn.computeIfAbsent(ref, r -> new HashMap<>()).put(chat, at);
        return member;
    }

    @Override
    public synchronized Optional<Member> find(MemberRef ref) {
        return Optional.ofNullable(members.get(ref));
    }

    @Override
    public synchronized List<ChatRef> chatsOf(MemberRef ref) {
        List<Map.Entry<ChatRef, Instant>> entries = new ArrayList<>(spokeIn.getOrDefault(ref, Map.of()).entrySet());
        entries.sort(Map.Entry.<ChatRef, Instant>comparingByValue().reversed());
        return entries.stream().map(Map.Entry::getKey).toList();
    }

    @Override
    public synchronized boolean setCredited(MemberRef ref, boolean credited) {
        Member m = members.get(ref);
        if (m == null) {
            return false;
        }
        members.put(ref, new Member(ref, m.displayName(), credited));
        return true;
    }

    @Override
    public synchronized boolean delete(MemberRef ref) {
        spokeIn.remove(ref);
        return members.remove(ref) != null;
    }

    @Override
    public synchronized void seen(ChatRef ref, String title, Instant at) {
        Chat known = chats.get(ref);
        chats.put(ref, new Chat(ref, title != null ? title : known != null ? known.title() : null, at));
    }

    @Override
    public synchronized Optional<Chat> find(ChatRef ref) {
        return Optional.ofNullable(chats.get(ref));
    }

    @Override
    public synchronized List<Chat> list() {
        return chats.values().stream().sorted(Comparator.comparing(Chat::lastSeen).reversed()).toList();
    }

    @Override
    public synchronized int move(ChatRef from, ChatRef to, Instant at) {
        Chat known = chats.get(from);
        seen(to, known == null ? null : known.title(), at);
        spokeIn.values().forEach(places -> {
            Instant spoke = places.remove(from);
            if (spoke != null) {
                places.merge(to, spoke, (a, b) -> a.isAfter(b) ? a : b);
            }
        });
        outbox.moveChat(from, to);
        return rounds.moveChat(from, to);
    }
}
