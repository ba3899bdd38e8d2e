package org.commonground.testkit.discord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The REST routes the fake serves, relative to {@code /api/v10}, each with its own rate-limit bucket. */
public enum Route {
    GET_CURRENT_USER("GET", "users/@me"),
    CREATE_DM("POST", "users/@me/channels"),
    GET_GATEWAY("GET", "gateway"),
    GET_GATEWAY_BOT("GET", "gateway/bot"),
    GET_CURRENT_APPLICATION("GET", "applications/@me"),
    GET_BOT_APPLICATION("GET", "oauth2/applications/@me"),
    GET_CHANNEL("GET", "channels/{channel_id}"),
    GET_MESSAGES("GET", "channels/{channel_id}/messages"),
    CREATE_MESSAGE("POST", "channels/{channel_id}/messages"),
    GET_MESSAGE("GET", "channels/{channel_id}/messages/{message_id}"),
    EDIT_MESSAGE("PATCH", "channels/{channel_id}/messages/{message_id}"),
    DELETE_MESSAGE("DELETE", "channels/{channel_id}/messages/{message_id}"),
    CREATE_REACTION("PUT", "channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me"),
    DELETE_OWN_REACTION("DELETE", "channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me"),
    TRIGGER_TYPING("POST", "channels/{channel_id}/typing"),
    INTERACTION_CALLBACK("POST", "interactions/{interaction_id}/{interaction_token}/callback"),
    CREATE_FOLLOWUP("POST", "webhooks/{application_id}/{interaction_token}"),
    GET_WEBHOOK_MESSAGE("GET", "webhooks/{application_id}/{interaction_token}/messages/{message_id}"),
    EDIT_WEBHOOK_MESSAGE("PATCH", "webhooks/{application_id}/{interaction_token}/messages/{message_id}"),
    DELETE_WEBHOOK_MESSAGE("DELETE", "webhooks/{application_id}/{interaction_token}/messages/{message_id}"),
    GET_GLOBAL_COMMANDS("GET", "applications/{application_id}/commands"),
    CREATE_GLOBAL_COMMAND("POST", "applications/{application_id}/commands"),
    OVERWRITE_GLOBAL_COMMANDS("PUT", "applications/{application_id}/commands"),
    GET_GUILD_COMMANDS("GET", "applications/{application_id}/guilds/{guild_id}/commands"),
    CREATE_GUILD_COMMAND("POST", "applications/{application_id}/guilds/{guild_id}/commands"),
    OVERWRITE_GUILD_COMMANDS("PUT", "applications/{application_id}/guilds/{guild_id}/commands");

    /** A request matched to a route, with the values of the route's {placeholders}. */
    record Match(Route route, Map<String, String> parameters) {
    }

    private final String method;
    private final List<String> segments;

    Route(String method, String template) {
        this.method = method;
        this.segments = List.of(template.split("/"));
    }

    String template() {
        return String.join("/", segments);
    }

    /** Interaction routes are outside the global rate limit and need no bot token. */
    boolean interaction() {
        return segments.get(0).equals("interactions") || segments.get(0).equals("webhooks");
    }

    /** The top-level resource Discord counts limits per: the channel, guild or webhook of the path. */
    String majorParameter(Map<String, String> parameters) {
        for (String name : List.of("channel_id", "guild_id", "interaction_token")) {
            if (parameters.containsKey(name)) {
                return parameters.get(name);
            }
        }
        return "";
    }

    /** The route whose template matches the path, or null. {@code sameMethod} false ignores methods. */
    static Match match(String method, List<String> path, boolean sameMethod) {
        for (Route route : values()) {
            if ((!sameMethod || route.method.equals(method)) && route.segments.size() == path.size()) {
                Map<String, String> parameters = route.bind(path);
                if (parameters != null) {
                    return new Match(route, parameters);
                }
            }
        }
        return null;
    }

    private Map<String, String> bind(List<String> path) {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (segment.startsWith("{")) {
                parameters.put(segment.substring(1, segment.length() - 1), path.get(i));
            } else if (!segment.equals(path.get(i))) {
                return null;
            }
        }
        return parameters;
    }
}
