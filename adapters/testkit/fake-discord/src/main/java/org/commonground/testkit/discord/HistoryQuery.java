package org.commonground.testkit.discord;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;

/**
 * GET channels/{id}/messages: up to {@code limit} messages (1 to 100, 50 by default) before, after or
 * around a message id, or the latest; newest first in every case, as Discord returns them.
 */
final class HistoryQuery {
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 100;

    private HistoryQuery() {
    }

    static List<StoredMessage> select(NavigableMap<Long, StoredMessage> history, RestCall call) {
        int limit = limit(call.query("limit"));
        List<StoredMessage> selected = new ArrayList<>();
        if (call.query("around") != null) {
            long pivot = snowflake(call.query("around"), "around");
            take(history.headMap(pivot, false).descendingMap(), limit / 2, selected);
            List<StoredMessage> newer = new ArrayList<>();
            take(history.tailMap(pivot, true), limit - selected.size(), newer);
            Collections.reverse(newer);
            newer.addAll(selected);
            return newer;
        }
        if (call.query("after") != null) {
            take(history.tailMap(snowflake(call.query("after"), "after"), false), limit, selected);
            Collections.reverse(selected);
            return selected;
        }
        NavigableMap<Long, StoredMessage> older = call.query("before") == null ? history
                : history.headMap(snowflake(call.query("before"), "before"), false);
        take(older.descendingMap(), limit, selected);
        return selected;
    }

    private static void take(NavigableMap<Long, StoredMessage> messages, int count, List<StoredMessage> into) {
        for (StoredMessage message : messages.values()) {
            if (into.size() >= count) {
                return;
            }
            into.add(message);
        }
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiError.invalidForm("limit", "NUMBER_TYPE_COERCE", "Value \"" + text + "\" is not int.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiError.invalidForm("limit", limit < 1 ? "NUMBER_TYPE_MIN" : "NUMBER_TYPE_MAX",
                    limit < 1 ? "int value should be greater than or equal to 1."
                            : "int value should be less than or equal to " + MAX_LIMIT + ".");
        }
        return limit;
    }

    private static long snowflake(String text, String field) {
        long id = Json.parseId(text);
        if (id == 0 && !"0".equals(text)) {
            throw ApiError.invalidForm(field, "NUMBER_TYPE_COERCE", "Value \"" + text + "\" is not snowflake.");
        }
        return id;
    }
}
