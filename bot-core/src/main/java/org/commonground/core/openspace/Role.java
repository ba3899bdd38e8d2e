package org.commonground.core.openspace;

/** How a member has joined a session by tapping its card. */
public enum Role {
    /** "I'm interested": they would like to go. */
    INTERESTED,
    /** "I'll co-host": they will help lead it, so they cannot be elsewhere at the time. */
    COHOST
}
