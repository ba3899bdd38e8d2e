package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Who the bot is, where the gateway is, and opening DMs. */
final class AccountEndpoints {
    private final Directory directory;
    private final String gatewayUrl;

    AccountEndpoints(Directory directory, String gatewayUrl) {
        this.directory = directory;
        this.gatewayUrl = gatewayUrl;
    }

    void register(Map<Route, Endpoint> routes) {
        routes.put(Route.GET_CURRENT_USER, call -> RestReply.ok(EntityJson.self(directory.bot)));
        routes.put(Route.GET_GATEWAY, call -> RestReply.ok(Json.object().put("url", gatewayUrl)));
        routes.put(Route.GET_GATEWAY_BOT, call -> RestReply.ok(gatewayBot()));
        routes.put(Route.GET_CURRENT_APPLICATION, call -> RestReply.ok(application()));
        routes.put(Route.GET_BOT_APPLICATION, call -> RestReply.ok(application()));
        routes.put(Route.CREATE_DM, this::openDirectChannel);
    }

    private ObjectNode gatewayBot() {
        ObjectNode json = Json.object().put("url", gatewayUrl).put("shards", 1);
        json.putObject("session_start_limit").put("total", 1000).put("remaining", 1000)
                .put("reset_after", 86_400_000).put("max_concurrency", 1);
        return json;
    }

    private ObjectNode application() {
        UserState bot = directory.bot;
        ObjectNode json = Json.object()
                .put("id", Json.id(directory.applicationId()))
                .put("name", bot.name())
                .putNull("icon")
                .put("description", "")
                .put("summary", "")
                .put("bot_public", false)
                .put("bot_require_code_grant", false)
                .put("verify_key", "0".repeat(64))
                .put("flags", 0)
                .putNull("team");
        json.set("owner", EntityJson.user(directory.owner));
        json.set("bot", EntityJson.user(bot));
        return json;
    }

    private RestReply openDirectChannel(RestCall call) {
        UserState user = directory.user(Json.idOf(call.body.get("recipient_id")));
        if (user == null || user.bot()) {
            throw ApiError.of(400, 50033, "Invalid Recipient(s)");
        }
        return RestReply.ok(EntityJson.channel(directory.directChannel(user)));
    }
}
