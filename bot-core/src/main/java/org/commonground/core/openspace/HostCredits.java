package org.commonground.core.openspace;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.commonground.core.domain.Member;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.port.MemberStore;

/** The names shown for a session's hosts: the proposer first, and only those who chose to be credited. */
final class HostCredits {

    private final MemberStore members;

    HostCredits(MemberStore members) {
        this.members = members;
    }

    List<String> names(Session session, Turnout turnout) {
        return Stream.concat(Stream.of(session.proposer()),
                        turnout.cohosts().stream().sorted(Comparator.comparing(MemberRef::toString)))
                .distinct().map(members::find).flatMap(Optional::stream).filter(Member::credited)
                .map(Member::displayName).toList();
    }
}
