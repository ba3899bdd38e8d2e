package org.commonground.testkit.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the text of a message the bot sends or edits, as sendMessage documents it. */
final class MessageText {

    /** "1-4096 characters after entities parsing", counted as Telegram counts them, in UTF-16 units. */
    static final int MAX_LENGTH = 4096;
    /** "0-1024 characters after entities parsing", for the caption of a photo. */
    static final int MAX_CAPTION_LENGTH = 1024;

    private MessageText() {
    }

    static FormattedText read(Params params) {
        String source = params.text("text");
        if (source == null || source.isEmpty()) {
            throw ApiError.badRequest("message text is empty");
        }
        FormattedText text = parse(source, params.text("parse_mode"),
                params.structure("entities", "can't parse entities JSON object")).trimmed();
        if (text.text().isEmpty()) {
            throw ApiError.badRequest("message text is empty");
        }
        if (text.text().length() > MAX_LENGTH) {
            throw ApiError.badRequest("message is too long");
        }
        return text;
    }

    /** A photo's caption, parsed as a message text is; null when there is none. */
    static FormattedText caption(Params params) {
        String source = params.text("caption");
        if (source == null || source.isEmpty()) {
            return null;
        }
        FormattedText caption = parse(source, params.text("parse_mode"),
                params.structure("caption_entities", "can't parse caption entities JSON object")).trimmed();
        if (caption.text().length() > MAX_CAPTION_LENGTH) {
            throw ApiError.badRequest("message caption is too long");
        }
        return caption.text().isEmpty() ? null : caption;
    }

    private static FormattedText parse(String source, String parseMode, JsonNode entities) {
        // An empty list counts as none: TelegramBots sends caption_entities=[] beside a parse_mode.
        if (entities != null && !entities.isEmpty()) {
            List<Entity> given = new ArrayList<>();
            entities.forEach(entity -> given.add(Entity.fromJson(entity)));
            return new FormattedText(source, given);
        }
        try {
            switch (parseMode == null ? "" : parseMode.toLowerCase(Locale.ROOT)) {
                case "":
                    return FormattedText.plain(source);
                case "html":
                    return HtmlMarkup.parse(source);
                case "markdownv2":
                    return MarkdownV2Markup.parse(source);
                case "markdown":
                    return LegacyMarkdownMarkup.parse(source);
                default:
                    throw ApiError.badRequest("unsupported parse_mode");
            }
        } catch (MarkupError e) {
            throw ApiError.badRequest("can't parse entities: " + e.getMessage());
        }
    }
}
