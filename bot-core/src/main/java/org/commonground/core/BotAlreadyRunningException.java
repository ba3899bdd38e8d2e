package org.commonground.core;

/** Another bot is serving the same store; starting a second one would deliver everything twice. */
public final class BotAlreadyRunningException extends IllegalStateException {

    public BotAlreadyRunningException() {
        super("Another Common Ground bot is already running on this database.");
    }
}
