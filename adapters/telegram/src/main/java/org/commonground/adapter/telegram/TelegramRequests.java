package org.commonground.adapter.telegram;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.commonground.core.domain.Button;
import org.commonground.core.domain.OutboundMessage.Edit;
import org.commonground.core.domain.OutboundMessage.Picture;
import org.commonground.core.domain.OutboundMessage.Post;
import org.commonground.core.domain.TextFormat;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.reactions.SetMessageReaction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.reactions.ReactionTypeEmoji;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Pure mapping from the core's outbound messages to Bot API requests. Text is already escaped for
 * its format; links never unfold into previews, so a member's link shows as text only.
 */
final class TelegramRequests {

    private static final int BUTTONS_PER_ROW = 2;
    private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();

    private TelegramRequests() {
    }

    static SendMessage send(long chatId, Post post) {
        SendMessage.SendMessageBuilder<?, ?> send = SendMessage.builder().chatId(chatId).text(post.text())
                .parseMode(parseMode(post.format())).linkPreviewOptions(NO_PREVIEW);
        if (post.replyTo() != null) {
            // The message may have been deleted meanwhile; the post still goes, just not as a reply.
            send.replyParameters(ReplyParameters.builder().messageId(Integer.parseInt(post.replyTo()))
                    .allowSendingWithoutReply(true).build());
        }
        if (!post.buttons().isEmpty()) {
            send.replyMarkup(keyboard(post.buttons()));
        }
        return send.build();
    }

    /** Plain text, as a reply when {@code replyTo} is given: for notes, which are not HTML. */
    static SendMessage note(long chatId, String text, Integer replyTo) {
        SendMessage.SendMessageBuilder<?, ?> send = SendMessage.builder().chatId(chatId).text(text)
                .linkPreviewOptions(NO_PREVIEW);
        if (replyTo != null) {
            send.replyParameters(ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build());
        }
        return send.build();
    }

    /** A photo uploaded from its bytes, with its caption in the picture's format; no caption when blank. */
    static SendPhoto photo(long chatId, Picture picture) {
        SendPhoto.SendPhotoBuilder<?, ?> send = SendPhoto.builder().chatId(chatId)
                .photo(new InputFile(new ByteArrayInputStream(picture.png()), picture.name()));
        if (!picture.caption().isBlank()) {
            send.caption(picture.caption()).parseMode(parseMode(picture.format()));
        }
        return send.build();
    }

    static EditMessageText edit(long chatId, Edit edit) {
        return EditMessageText.builder().chatId(chatId).messageId(Integer.parseInt(edit.messageId()))
                .text(edit.text()).parseMode(parseMode(edit.format())).linkPreviewOptions(NO_PREVIEW)
                .replyMarkup(edit.buttons().isEmpty() ? null : keyboard(edit.buttons())).build();
    }

    static SetMessageReaction react(long chatId, String messageId, String emoji) {
        return SetMessageReaction.builder().chatId(chatId).messageId(Integer.parseInt(messageId))
                .reactionTypes(List.of(new ReactionTypeEmoji(emoji))).build();
    }

    private static InlineKeyboardMarkup keyboard(List<Button> buttons) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += BUTTONS_PER_ROW) {
            InlineKeyboardRow row = new InlineKeyboardRow();
            buttons.subList(i, Math.min(buttons.size(), i + BUTTONS_PER_ROW)).forEach(button -> row.add(
                    InlineKeyboardButton.builder().text(button.label()).callbackData(button.data()).build()));
            rows.add(row);
        }
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private static String parseMode(TextFormat format) {
        return format == TextFormat.HTML ? ParseMode.HTML : null;
    }
}
