package org.commonground.testkit.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Who the bot is: its id (the token's first part, as with real tokens), username and name. */
record BotProfile(String token, long id, String username, String firstName) {

    static BotProfile of(String token, String username, String firstName) {
        int colon = token.indexOf(':');
        if (colon <= 0 || !token.substring(0, colon).matches("\\d{1,18}")) {
            throw new IllegalArgumentException("A bot token starts with the bot's numeric id and a colon");
        }
        return new BotProfile(token, Long.parseLong(token.substring(0, colon)), username, firstName);
    }

    ObjectNode user() {
        return Json.object().put("id", id).put("is_bot", true).put("first_name", firstName).put("username", username);
    }

    /** getMe; a bot in privacy mode does not read all group messages. */
    ObjectNode me(boolean privacyMode) {
        return user().put("can_join_groups", true).put("can_read_all_group_messages", !privacyMode)
                .put("supports_inline_queries", false).put("can_connect_to_business", false)
                .put("has_main_web_app", false);
    }
}
