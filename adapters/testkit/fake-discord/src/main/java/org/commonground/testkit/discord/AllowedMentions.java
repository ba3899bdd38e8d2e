package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Who a bot message really mentions, after {@code allowed_mentions}. When the field is left out,
 * Discord parses every mention type in channel messages but only users in interaction responses.
 */
final class AllowedMentions {
    private AllowedMentions() {
    }

    static void apply(ObjectNode message, JsonNode allowed, boolean interaction, StoredMessage replied,
            Directory directory) {
        boolean given = allowed != null && allowed.isObject();
        boolean anyUser = given ? contains(allowed.path("parse"), "users") : true;
        Set<Long> listed = new HashSet<>();
        if (given) {
            allowed.path("users").forEach(user -> listed.add(Json.idOf(user)));
        }
        MessageJson.mentionUsers(message, directory, user -> anyUser || listed.contains(user));
        boolean pingReplied = given ? allowed.path("replied_user").asBoolean(false) : !interaction;
        if (replied != null && pingReplied) {
            MessageJson.addMention(message, directory.user(replied.authorId()));
        }
    }

    private static boolean contains(JsonNode list, String value) {
        for (JsonNode item : list) {
            if (value.equals(item.asText())) {
                return true;
            }
        }
        return false;
    }
}
