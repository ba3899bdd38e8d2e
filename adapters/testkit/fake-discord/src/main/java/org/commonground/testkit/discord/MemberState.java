package org.commonground.testkit.discord;

/** A user's membership of one guild; organisers hold the Manage Server permission. */
record MemberState(UserState user, boolean organiser, long joinedId) {
}
