package org.commonground.core.openspace.schedule;

import java.util.HashSet;
import java.util.Set;

import org.commonground.core.domain.MemberRef;

/**
 * What the scheduler knows of one session: who must be there and who would like to be.
 *
 * @param hosts      the proposer and co-hosts; never two places at once
 * @param interested the people who said they would go; hosts may be among them
 */
public record Demand(long sessionId, Set<MemberRef> hosts, Set<MemberRef> interested) {

    public Demand {
        hosts = Set.copyOf(hosts);
        interested = Set.copyOf(interested);
    }

    /** Everyone who chose the session, hosts and interested, each once. */
    public Set<MemberRef> people() {
        Set<MemberRef> all = new HashSet<>(hosts);
        all.addAll(interested);
        return all;
    }

    /** The expected attendance. */
    public int attendance() {
        return people().size();
    }
}
