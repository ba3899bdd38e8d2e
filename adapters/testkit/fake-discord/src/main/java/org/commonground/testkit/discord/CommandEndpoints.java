package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Registering and listing application commands, globally and per guild. */
final class CommandEndpoints {
    private final Commands commands;
    private final Directory directory;

    CommandEndpoints(Commands commands, Directory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    void register(Map<Route, Endpoint> routes) {
        routes.put(Route.GET_GLOBAL_COMMANDS, call -> RestReply.ok(array(commands.list(scope(call)))));
        routes.put(Route.GET_GUILD_COMMANDS, call -> RestReply.ok(array(commands.list(scope(call)))));
        routes.put(Route.OVERWRITE_GLOBAL_COMMANDS, this::overwrite);
        routes.put(Route.OVERWRITE_GUILD_COMMANDS, this::overwrite);
        routes.put(Route.CREATE_GLOBAL_COMMAND, this::create);
        routes.put(Route.CREATE_GUILD_COMMAND, this::create);
    }

    private RestReply overwrite(RestCall call) {
        long scope = scope(call);
        if (!call.body.isArray()) {
            throw ApiError.invalidForm("_", "BASE_TYPE_ARRAY", "Must be an array.");
        }
        return RestReply.ok(array(commands.overwrite(scope, call.body)));
    }

    private RestReply create(RestCall call) {
        long scope = scope(call);
        Commands.Upsert upsert = commands.upsert(scope, call.body);
        return upsert.created() ? RestReply.created(upsert.command()) : RestReply.ok(upsert.command());
    }

    /** 0 for global commands, else the guild; checks the application and the guild exist. */
    private long scope(RestCall call) {
        if (call.id("application_id") != directory.applicationId()) {
            throw ApiError.of(404, 10002, "Unknown Application");
        }
        if (call.parameter("guild_id") == null) {
            return 0;
        }
        if (directory.guild(call.id("guild_id")) == null) {
            throw ApiError.of(404, 10004, "Unknown Guild");
        }
        return call.id("guild_id");
    }

    private static ArrayNode array(List<ObjectNode> items) {
        ArrayNode array = Json.array();
        items.forEach(array::add);
        return array;
    }
}
