package org.commonground.testkit.discord;

/** The permission bits the fake hands out (Discord's permission flags). */
final class Permissions {
    static final long MANAGE_GUILD = 1L << 5;
    static final long ADD_REACTIONS = 1L << 6;
    static final long VIEW_CHANNEL = 1L << 10;
    static final long SEND_MESSAGES = 1L << 11;
    static final long EMBED_LINKS = 1L << 14;
    static final long ATTACH_FILES = 1L << 15;
    static final long READ_MESSAGE_HISTORY = 1L << 16;
    static final long USE_APPLICATION_COMMANDS = 1L << 31;

    /** What @everyone may do, the bot included: talk, react, read history, use commands; no moderation. */
    static final long EVERYONE = ADD_REACTIONS | VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | ATTACH_FILES
            | READ_MESSAGE_HISTORY | USE_APPLICATION_COMMANDS;

    private Permissions() {
    }
}
