package org.commonground.testkit.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.atomic.AtomicLong;

/**
 * sendPhoto, with the photo uploaded as multipart/form-data: as a file part named {@code photo}, or
 * as a part the {@code photo} field points to with {@code attach://<name>}. A file_id or URL is not
 * modelled, and is refused as one Telegram does not know. The caption is read as a message text is,
 * within 1024 characters; the photo counts against the same flood limits as a message.
 */
final class MediaMethods {

    private final World world;
    private final Pacer pacer;
    private final AtomicLong files = new AtomicLong();

    MediaMethods(World world, Pacer pacer) {
        this.world = world;
        this.pacer = pacer;
    }

    void addTo(MethodTable table) {
        table.add("sendPhoto", this::sendPhoto);
    }

    private JsonNode sendPhoto(Params params) {
        synchronized (world) {
            ChatState chat = world.chatToWrite(params.chatId());
            Multipart.Part upload = params.file("photo");
            if (upload == null) {
                String given = params.text("photo");
                throw ApiError.badRequest(given == null || given.isEmpty() ? "there is no photo in the request"
                        : "wrong file identifier/HTTP URL specified");
            }
            Png.Size size = Png.check(upload.content());
            FormattedText caption = MessageText.caption(params);
            JsonNode markup = ReplyMarkup.read(params);
            StoredMessage replyTo = MessageMethods.replyTarget(chat, params);
            pacer.admit(chat.id, chat.isGroup());
            StoredMessage message = chat.append(world.bot().user(), true, world.now(), replyTo, null);
            long file = files.incrementAndGet();
            message.photo = new SentPhoto("AgACAgQAAxkDAAI" + file, "AQAD" + file, size.width(), size.height(),
                    upload.content());
            if (caption != null) {
                message.write(caption, params.text("caption"), params.text("parse_mode"));
            }
            message.replyMarkup = markup;
            return message.json();
        }
    }
}
