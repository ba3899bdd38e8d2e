package org.commonground.core.openspace;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.commonground.core.domain.MemberRef;

/**
 * Keeps the sessions proposed in open spaces and who tapped their cards. Every change a card shows
 * (title, withdrawal, who joined, its place in the agenda) raises the session's version.
 */
public interface SessionStore {

    /** Stores a new session with the next number in its open space (1 for the first), at version 1. */
    Session propose(long openSpaceId, MemberRef proposer, String title, String about, Instant at);

    Optional<Session> find(long id);

    Optional<Session> findByNumber(long openSpaceId, int number);

    /** The open space's sessions by number, withdrawn ones included. */
    List<Session> list(long openSpaceId);

    /** The sessions the member proposed, in every open space, oldest first. */
    List<Session> proposedBy(MemberRef member);

    void retitle(long id, String title);

    void withdraw(long id);

    /** Raises the version of every session of the open space: their cards have something new to show. */
    void touchAll(long openSpaceId);

    /**
     * Gives the member the role in the session, or takes it back if they had it.
     *
     * @return whether the member has the role now
     */
    boolean toggle(long sessionId, MemberRef member, Role role);

    Turnout turnout(long sessionId);

    /** The turnout of every session of the open space, by session id; a session nobody joined is absent. */
    Map<Long, Turnout> turnouts(long openSpaceId);

    /** The roles the member has, by session id. */
    Map<Long, Set<Role>> rolesOf(MemberRef member);

    /** Takes back every role of the member; the sessions concerned get a new version. Returns how many. */
    int forgetRoles(MemberRef member);

    /** Deletes the session with its turnout, notes and cards. */
    void delete(long id);
}
