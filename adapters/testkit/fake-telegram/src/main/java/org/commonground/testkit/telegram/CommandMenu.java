package org.commonground.testkit.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bot's command lists, one per scope and language as setMyCommands keeps them, checked as
 * Telegram checks them. A scope is named by its type, then ":chat_id" and ":user_id" where it has them,
 * then "/language_code" when one was given: "default", "all_group_chats", "chat:-1001234/en".
 */
final class CommandMenu {

    private static final int MAX_COMMANDS = 100;
    private static final int MAX_COMMAND_LENGTH = 32;
    private static final int MAX_DESCRIPTION_LENGTH = 256;

    private final Map<String, List<BotCommand>> lists = new LinkedHashMap<>();

    synchronized void set(String scope, JsonNode commands) {
        List<BotCommand> list = new ArrayList<>();
        for (JsonNode entry : commands == null ? Json.array() : commands) {
            list.add(checked(entry.path("command").asText(), entry.path("description").asText()));
        }
        if (list.size() > MAX_COMMANDS) {
            throw ApiError.badRequest("BOT_COMMANDS_TOO_MUCH");
        }
        lists.put(scope, List.copyOf(list));
    }

    synchronized ArrayNode get(String scope) {
        ArrayNode json = Json.array();
        lists.getOrDefault(scope, List.of()).forEach(command ->
                json.addObject().put("command", command.command()).put("description", command.description()));
        return json;
    }

    synchronized Map<String, List<BotCommand>> snapshot() {
        return Map.copyOf(lists);
    }

    static String scopeOf(JsonNode scope, String languageCode) {
        StringBuilder name = new StringBuilder(scope == null ? "default" : scope.path("type").asText("default"));
        for (String field : List.of("chat_id", "user_id")) {
            if (scope != null && scope.hasNonNull(field)) {
                name.append(':').append(scope.get(field).asText());
            }
        }
        if (languageCode != null && !languageCode.isEmpty()) {
            name.append('/').append(languageCode);
        }
        return name.toString();
    }

    private static BotCommand checked(String rawCommand, String rawDescription) {
        String command = rawCommand.strip();
        command = command.startsWith("/") ? command.substring(1) : command;
        if (command.isEmpty()) {
            throw ApiError.badRequest("command must be non-empty");
        }
        if (command.codePointCount(0, command.length()) > MAX_COMMAND_LENGTH) {
            throw ApiError.badRequest("command length must not exceed " + MAX_COMMAND_LENGTH);
        }
        String description = rawDescription.strip();
        if (description.isEmpty()) {
            throw ApiError.badRequest("command description must be non-empty");
        }
        if (description.codePointCount(0, description.length()) > MAX_DESCRIPTION_LENGTH) {
            throw ApiError.badRequest("command description length must not exceed " + MAX_DESCRIPTION_LENGTH);
        }
        if (!command.matches("[a-z0-9_]+")) {
            throw ApiError.badRequest("BOT_COMMAND_INVALID");
        }
        return new BotCommand(command, description);
    }
}
