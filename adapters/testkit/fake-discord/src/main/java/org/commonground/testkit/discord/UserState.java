package org.commonground.testkit.discord;

/** A Discord user: the bot itself or a simulated person. */
record UserState(long id, String name, boolean bot) {
}
