package org.commonground.core.openspace;

import java.time.Instant;

import org.commonground.core.domain.MemberRef;

/**
 * A proposed session of an open space.
 *
 * @param number    its number within the open space, what people type: {@code /notes 3 …}
 * @param about     a line about what it is, possibly empty
 * @param withdrawn whether its proposer took it back
 * @param version   grows with every change its card shows (title, counts, place), so that cards
 *                  showing an older version are brought up to date
 */
public record Session(long id, long openSpaceId, int number, MemberRef proposer, String title, String about,
                      boolean withdrawn, long version, Instant proposedAt) {
}
