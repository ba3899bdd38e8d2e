package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Pattern;

/** Registered application commands, global (scope 0) or per guild (scope = guild id). */
final class Commands {
    static final int CHAT_INPUT = 1;
    private static final Pattern NAME = Pattern.compile("[-_\\p{L}\\p{N}]{1,32}");

    private final Snowflakes ids;
    private final long applicationId;
    private final Map<Long, List<ObjectNode>> byScope = new ConcurrentSkipListMap<>();

    Commands(Snowflakes ids, long applicationId) {
        this.ids = ids;
        this.applicationId = applicationId;
    }

    /** Replaces the scope's commands; a command keeps its id when its name and type stay. */
    synchronized List<ObjectNode> overwrite(long scope, JsonNode definitions) {
        List<ObjectNode> previous = list(scope);
        List<ObjectNode> commands = new ArrayList<>();
        int index = 0;
        for (JsonNode definition : definitions) {
            commands.add(normalise(scope, definition, index++ + ".", previous));
        }
        byScope.put(scope, commands);
        return List.copyOf(commands);
    }

    /** The result of creating or replacing one command. */
    record Upsert(ObjectNode command, boolean created) {
    }

    synchronized Upsert upsert(long scope, JsonNode definition) {
        List<ObjectNode> commands = new ArrayList<>(list(scope));
        ObjectNode command = normalise(scope, definition, "", commands);
        boolean replaced = commands.removeIf(old -> old.get("id").equals(command.get("id")));
        commands.add(command);
        byScope.put(scope, commands);
        return new Upsert(command, !replaced);
    }

    List<ObjectNode> list(long scope) {
        return byScope.getOrDefault(scope, List.of());
    }

    /** The chat-input command a person in this channel can see by this name: the guild's first, then global. */
    ObjectNode find(String name, ChannelState channel) {
        for (long scope : channel.direct() ? new long[] {0} : new long[] {channel.guildId, 0}) {
            for (ObjectNode command : list(scope)) {
                if (command.path("name").asText().equals(name) && command.path("type").asInt() == CHAT_INPUT) {
                    return command;
                }
            }
        }
        return null;
    }

    List<RegisteredCommand> registered() {
        List<RegisteredCommand> all = new ArrayList<>();
        byScope.forEach((scope, commands) -> commands.forEach(command -> all.add(new RegisteredCommand(
                Json.idOf(command.get("id")), scope, command.path("name").asText(), command.path("type").asInt(),
                command.path("default_member_permissions").asText(null), command.deepCopy()))));
        return all;
    }

    private ObjectNode normalise(long scope, JsonNode definition, String path, List<ObjectNode> previous) {
        String name = definition.path("name").asText("");
        int type = definition.path("type").asInt(CHAT_INPUT);
        if (!NAME.matcher(name).matches() || (type == CHAT_INPUT && !name.equals(name.toLowerCase()))) {
            throw ApiError.invalidForm(path + "name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
        }
        ObjectNode command = definition.deepCopy();
        long id = previous.stream()
                .filter(old -> old.path("name").asText().equals(name) && old.path("type").asInt() == type)
                .mapToLong(old -> Json.idOf(old.get("id"))).findFirst().orElseGet(ids::next);
        command.put("id", Json.id(id)).put("application_id", Json.id(applicationId)).put("type", type)
                .put("version", Json.id(ids.next()));
        if (scope != 0) {
            command.put("guild_id", Json.id(scope));
        }
        if (!command.has("default_member_permissions")) {
            command.putNull("default_member_permissions");
        }
        return command;
    }
}
