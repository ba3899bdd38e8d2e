package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;

/** An application command the bot registered; {@code guildId} is 0 for a global command. */
public record RegisteredCommand(long id, long guildId, String name, int type, String defaultMemberPermissions,
        JsonNode json) {
}
