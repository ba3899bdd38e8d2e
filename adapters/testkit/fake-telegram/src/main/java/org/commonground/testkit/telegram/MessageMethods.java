package org.commonground.testkit.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.util.Objects;

/** sendMessage, editMessageText, editMessageReplyMarkup and deleteMessage. */
final class MessageMethods {

    private final World world;
    private final Pacer pacer;

    MessageMethods(World world, Pacer pacer) {
        this.world = world;
        this.pacer = pacer;
    }

    void addTo(MethodTable table) {
        table.add("sendMessage", this::sendMessage)
                .add("editMessageText", this::editMessageText)
                .add("editMessageReplyMarkup", this::editMessageReplyMarkup)
                .add("deleteMessage", this::deleteMessage);
    }

    private JsonNode sendMessage(Params params) {
        FormattedText text = MessageText.read(params);
        JsonNode markup = ReplyMarkup.read(params);
        synchronized (world) {
            ChatState chat = world.chatToWrite(params.chatId());
            StoredMessage replyTo = replyTarget(chat, params);
            pacer.admit(chat.id, chat.isGroup());
            StoredMessage message = chat.append(world.bot().user(), true, world.now(), replyTo, null);
            message.write(text, params.text("text"), params.text("parse_mode"));
            message.replyMarkup = markup;
            return message.json();
        }
    }

    /** reply_parameters, or the older reply_to_message_id with allow_sending_without_reply. */
    static StoredMessage replyTarget(ChatState chat, Params params) {
        JsonNode reply = params.structure("reply_parameters", "can't parse reply parameters JSON object");
        Long messageId = reply == null ? params.integer("reply_to_message_id")
                : reply.path("message_id").canConvertToLong() ? reply.get("message_id").asLong() : null;
        if (reply != null && messageId == null) {
            throw ApiError.badRequest("message identifier is not specified");
        }
        if (messageId == null || messageId == 0) {
            return null;
        }
        boolean withoutReply = reply == null ? params.flag("allow_sending_without_reply")
                : reply.path("allow_sending_without_reply").asBoolean();
        StoredMessage target = messageId > Integer.MAX_VALUE ? null : chat.message(messageId.intValue());
        if (target == null && !withoutReply) {
            throw ApiError.badRequest("message to be replied not found");
        }
        return target;
    }

    /** Without a reply_markup, an edit removes the keyboard, as on Telegram. */
    private JsonNode editMessageText(Params params) {
        FormattedText text = MessageText.read(params);
        JsonNode markup = ReplyMarkup.read(params);
        synchronized (world) {
            StoredMessage message = editable(params);
            if (message.photo != null) {
                throw ApiError.badRequest("there is no text in the message to edit");
            }
            if (text.equals(message.text) && Objects.equals(markup, message.replyMarkup)) {
                throw ApiError.badRequest(ApiError.NOT_MODIFIED);
            }
            message.write(text, params.text("text"), params.text("parse_mode"));
            message.replyMarkup = markup;
            message.editDate = world.now();
            return message.json();
        }
    }

    private JsonNode editMessageReplyMarkup(Params params) {
        JsonNode markup = ReplyMarkup.read(params);
        synchronized (world) {
            StoredMessage message = editable(params);
            if (Objects.equals(markup, message.replyMarkup)) {
                throw ApiError.badRequest(ApiError.NOT_MODIFIED);
            }
            message.replyMarkup = markup;
            return message.json();
        }
    }

    private StoredMessage editable(Params params) {
        StoredMessage message = world.chat(params.chatId()).message(params.messageId());
        if (message == null) {
            throw ApiError.badRequest("message to edit not found");
        }
        if (!message.byBot) {
            throw ApiError.badRequest("message can't be edited");
        }
        return message;
    }

    /** A bot deletes its own messages, any message in a private chat, and any message where it is admin. */
    private JsonNode deleteMessage(Params params) {
        synchronized (world) {
            ChatState chat = world.chat(params.chatId());
            StoredMessage message = chat.message(params.messageId());
            if (message == null) {
                throw ApiError.badRequest("message to delete not found");
            }
            if (!message.byBot && chat.isGroup() && !chat.botAdmin) {
                throw ApiError.badRequest("message can't be deleted");
            }
            message.deleted = true;
            return BooleanNode.TRUE;
        }
    }
}
