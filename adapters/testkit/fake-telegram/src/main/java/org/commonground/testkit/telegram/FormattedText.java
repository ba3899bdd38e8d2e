package org.commonground.testkit.telegram;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A message text as Telegram stores it: plain text and the entities over it, in UTF-16 units. */
record FormattedText(String text, List<Entity> entities) {

    private static final Comparator<Entity> ORDER =
            Comparator.comparingInt(Entity::offset).thenComparing(Comparator.comparingInt(Entity::length).reversed());

    FormattedText {
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort(ORDER);
        entities = List.copyOf(sorted);
    }

    static FormattedText plain(String text) {
        return new FormattedText(text, List.of());
    }

    /** Telegram drops leading and trailing white space, and clips the entities to what is left. */
    FormattedText trimmed() {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        List<Entity> kept = new ArrayList<>();
        for (Entity entity : entities) {
            int from = Math.max(entity.offset(), start);
            int to = Math.min(entity.end(), end);
            if (to > from) {
                kept.add(entity.withRange(from - start, to - from));
            }
        }
        return new FormattedText(text.substring(start, end), kept);
    }

    ArrayNode entitiesJson() {
        ArrayNode json = Json.array();
        entities.forEach(entity -> json.add(entity.toJson()));
        return json;
    }
}
