package org.commonground.core.domain;

/**
 * A person the bot has heard from.
 *
 * @param displayName the name the platform showed; used only when {@code credited}
 * @param credited    whether the member chose to be named in summaries and exports
 */
public record Member(MemberRef ref, String displayName, boolean credited) {
}
