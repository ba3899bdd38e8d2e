package org.commonground.core.openspace;

import java.util.HashSet;
import java.util.Set;

import org.commonground.core.domain.MemberRef;

/** Who tapped a session's card: the people interested and the co-hosts. */
public record Turnout(Set<MemberRef> interested, Set<MemberRef> cohosts) {

    public static final Turnout NOBODY = new Turnout(Set.of(), Set.of());

    public Turnout {
        interested = Set.copyOf(interested);
        cohosts = Set.copyOf(cohosts);
    }

    /** The proposer and the co-hosts: the people who must be at the session. */
    public Set<MemberRef> hosts(Session session) {
        Set<MemberRef> hosts = new HashSet<>(cohosts);
        hosts.add(session.proposer());
        return hosts;
    }

    /** Everyone expected at the session: hosts and interested people, each once. */
    public int attendance(Session session) {
        Set<MemberRef> all = hosts(session);
        all.addAll(interested);
        return all.size();
    }
}
