package org.commonground.app.telegram;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.commonground.testkit.telegram.Person;

/**
 * What the taps on the session cards should add up to, kept by the test as people tap: a tap gives
 * a person the role, a second takes it back, and a proposer's tap on their own card changes nothing.
 */
final class CardTaps {

    static final String INTEREST = "os:interest";
    static final String COHOST = "os:cohost";

    private final Map<Integer, Person> proposers;
    private final Map<Integer, Set<Long>> interested = new TreeMap<>();
    private final Map<Integer, Set<Long>> cohosts = new TreeMap<>();
    private int taps;

    CardTaps(Map<Integer, Person> proposers) {
        this.proposers = proposers;
        proposers.keySet().forEach(session -> {
            interested.put(session, new HashSet<>());
            cohosts.put(session, new HashSet<>());
        });
    }

    void tapped(int session, Person person, String data) {
        taps++;
        if (proposers.get(session).id() == person.id()) {
            return;
        }
        Set<Long> who = (data.equals(COHOST) ? cohosts : interested).get(session);
        if (!who.remove(person.id())) {
            who.add(person.id());
        }
    }

    int taps() {
        return taps;
    }

    boolean cohosts(int session, Person person) {
        return cohosts.get(session).contains(person.id());
    }

    /** Session number → [interested, co-hosting], as a card shows them. */
    Map<Integer, List<Integer>> counts() {
        Map<Integer, List<Integer>> counts = new TreeMap<>();
        interested.forEach((session, who) -> counts.put(session, List.of(who.size(), cohosts.get(session).size())));
        return counts;
    }
}
