package org.commonground.testkit.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads reply_markup, checking inline keyboards as the Bot API checks them. */
final class ReplyMarkup {

    /** A button must do something; a bare text button belongs to reply keyboards only. */
    private static final List<String> ACTIONS = List.of("url", "callback_data", "web_app", "login_url",
            "switch_inline_query", "switch_inline_query_current_chat", "switch_inline_query_chosen_chat",
            "copy_text", "callback_game", "pay");
    private static final int MAX_CALLBACK_DATA_BYTES = 64;

    private ReplyMarkup() {
    }

    static JsonNode read(Params params) {
        JsonNode markup = params.structure("reply_markup", "can't parse reply keyboard markup JSON object");
        if (markup == null) {
            return null;
        }
        if (!markup.isObject()) {
            throw ApiError.badRequest("can't parse reply keyboard markup JSON object");
        }
        if (markup.has("inline_keyboard")) {
            checkInlineKeyboard(markup.get("inline_keyboard"));
        }
        return markup;
    }

    private static void checkInlineKeyboard(JsonNode rows) {
        if (!rows.isArray()) {
            throw ApiError.badRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array");
        }
        for (JsonNode row : rows) {
            if (!row.isArray()) {
                throw ApiError.badRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array of Arrays");
            }
            row.forEach(ReplyMarkup::checkButton);
        }
    }

    private static void checkButton(JsonNode button) {
        if (!button.path("text").isTextual()) {
            throw ApiError.badRequest("can't parse inline keyboard button: Field \"text\" must be of type String");
        }
        if (ACTIONS.stream().noneMatch(button::has)) {
            throw ApiError.badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }
        if (button.has("callback_data")) {
            int bytes = button.get("callback_data").asText().getBytes(StandardCharsets.UTF_8).length;
            if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) {
                throw ApiError.badRequest("BUTTON_DATA_INVALID");
            }
        }
    }
}
