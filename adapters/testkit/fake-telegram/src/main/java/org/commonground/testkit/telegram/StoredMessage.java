package org.commonground.testkit.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One message in a chat, the bot's or a person's, or a service message. Guarded by the World's monitor. */
final class StoredMessage {

    final ChatState chat;
    final int id;
    final long date;
    final ObjectNode from;
    final boolean byBot;
    final StoredMessage replyTo;
    /** The fields of a service message, such as migrate_to_chat_id; null for ordinary messages. */
    final ObjectNode service;
    /** Each person's current reaction, to report old_reaction when it changes. */
    final Map<Long, List<String>> reactions = new HashMap<>();
    FormattedText text;
    String markup;
    String parseMode;
    JsonNode replyMarkup;
    /** The picture of a photo message, whose text is then its caption; null for other messages. */
    SentPhoto photo;
    long editDate;
    boolean deleted;
    private final List<String> earlierTexts = new ArrayList<>();

    StoredMessage(ChatState chat, int id, long date, ObjectNode from, boolean byBot, StoredMessage replyTo,
                  ObjectNode service) {
        this.chat = chat;
        this.id = id;
        this.date = date;
        this.from = from;
        this.byBot = byBot;
        this.replyTo = replyTo;
        this.service = service;
    }

    void write(FormattedText newText, String newMarkup, String newParseMode) {
        if (text != null) {
            earlierTexts.add(text.text());
        }
        text = newText;
        markup = newMarkup;
        parseMode = newParseMode;
    }

    ObjectNode json() {
        return json(true);
    }

    /** A replied-to message is shown without its own reply_to_message, as Telegram shows it. */
    private ObjectNode json(boolean withReply) {
        ObjectNode json = Json.object().put("message_id", id);
        json.set("from", from);
        json.set("chat", chat.json());
        json.put("date", date);
        if (editDate != 0) {
            json.put("edit_date", editDate);
        }
        if (withReply && replyTo != null) {
            json.set("reply_to_message", replyTo.json(false));
        }
        if (service != null) {
            json.setAll(service);
        }
        if (text != null) {
            json.put(photo == null ? "text" : "caption", text.text());
            if (!text.entities().isEmpty()) {
                json.set(photo == null ? "entities" : "caption_entities", text.entitiesJson());
            }
        }
        if (photo != null) {
            json.putArray("photo").addObject().put("file_id", photo.fileId())
                    .put("file_unique_id", photo.fileUniqueId()).put("file_size", photo.fileSize())
                    .put("width", photo.width()).put("height", photo.height());
        }
        if (replyMarkup != null && replyMarkup.has("inline_keyboard")) {
            json.set("reply_markup", replyMarkup);
        }
        return json;
    }

    SentMessage snapshot() {
        String shown = text != null ? text.text() : photo != null ? "" : null;
        return new SentMessage(chat.id, id, shown, markup, parseMode, replyTo == null ? null : replyTo.id,
                Button.rowsOf(replyMarkup), List.copyOf(earlierTexts), deleted, photo);
    }
}
