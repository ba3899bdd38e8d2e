package org.commonground.adapter.discord;

/** Discord's ids are snowflakes: unsigned 64-bit numbers that grow with time. */
final class DiscordIds {

    private DiscordIds() {
    }

    /** The id as a number, or 0 for text that is not a snowflake (such as another platform's id). */
    static long parse(String id) {
        try {
            return Long.parseUnsignedLong(id);
        } catch (NumberFormatException | NullPointerException notASnowflake) {
            return 0;
        }
    }
}
