package org.commonground.testkit.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** One inline keyboard button as the bot sent it; absent fields are null. */
public record Button(String text, String callbackData, String url) {

    static List<List<Button>> rowsOf(JsonNode replyMarkup) {
        List<List<Button>> rows = new ArrayList<>();
        if (replyMarkup == null) {
            return rows;
        }
        for (JsonNode row : replyMarkup.path("inline_keyboard")) {
            List<Button> buttons = new ArrayList<>();
            row.forEach(button -> buttons.add(new Button(button.path("text").asText(null),
                    button.path("callback_data").asText(null), button.path("url").asText(null))));
            rows.add(List.copyOf(buttons));
        }
        return List.copyOf(rows);
    }
}
