package org.commonground.adapter.discord;

import java.util.ArrayList;
import java.util.List;

import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.commonground.core.summary.MessageSplitter;

/**
 * The bot's messages as JDA sends them: the text as the outbox wrote it (Markdown, members' words
 * escaped, within 2000 characters), the buttons in rows, and pictures as files. No message may mention anyone, so
 * "@everyone" in a member's answer pings nobody.
 */
final class OutgoingMessages {

    /** Discord takes up to five buttons in a row. */
    private static final int ROW = 5;
    /** The largest file a bot may upload to a server without boosts: 10 MiB. */
    static final int MAX_FILE = 10 * 1024 * 1024;

    private OutgoingMessages() {
    }

    static MessageCreateData create(String text, List<Button> buttons) {
        return new MessageCreateBuilder().setContent(text).setComponents(rows(buttons)).setAllowedMentions(List.of())
                .mentionRepliedUser(false).build();
    }

    /**
     * A picture as a file attachment, its caption (Markdown, members' words escaped) as the message's
     * text. Discord shows a PNG attachment inline, at full size on a click, so the grid stays readable.
     */
    static MessageCreateData picture(String caption, String name, byte[] png) {
        return new MessageCreateBuilder().setContent(caption).setFiles(FileUpload.fromData(png, name))
                .setAllowedMentions(List.of()).mentionRepliedUser(false).build();
    }

    static MessageEditData edit(String text, List<Button> buttons) {
        return new MessageEditBuilder().setContent(text).setComponents(rows(buttons)).setAllowedMentions(List.of())
                .mentionRepliedUser(false).build();
    }

    /** A note for one person in plain words: shown as written, in as many messages as it needs. */
    static List<String> noteParts(String note) {
        return MessageSplitter.split(List.of(MarkdownSanitizer.escape(note).split("\n")),
                DiscordChatPlatform.DIALECT.maxLength());
    }

    static List<Button> buttons(List<org.commonground.core.domain.Button> choices) {
        return choices.stream().map(choice -> Button.secondary(choice.data(), choice.label())).toList();
    }

    private static List<ActionRow> rows(List<Button> buttons) {
        List<ActionRow> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += ROW) {
            rows.add(ActionRow.of(buttons.subList(i, Math.min(i + ROW, buttons.size()))));
        }
        return rows;
    }
}
