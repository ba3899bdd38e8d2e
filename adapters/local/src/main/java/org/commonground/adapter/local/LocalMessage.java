package org.commonground.adapter.local;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.commonground.core.domain.Button;
import org.commonground.core.domain.OutboundMessage.Picture;

/**
 * One message in a local room, as the room shows it.
 *
 * @param number    its place in the room since the bot started: what people type to refer to it
 * @param id        the platform id given to the core; unique across restarts
 * @param author    the member's name, or {@code null} for the bot
 * @param replyTo   the id of the message it replies to, or {@code null}
 * @param reactions the bot's reactions on it
 * @param picture   the picture the bot posted, with {@code text} as its caption; null for other messages
 */
public record LocalMessage(int number, String id, String author, String text, String replyTo, List<Button> buttons,
                           Set<String> reactions, boolean edited, boolean deleted, Picture picture) {

    public LocalMessage {
        buttons = List.copyOf(buttons);
        reactions = Set.copyOf(reactions);
    }

    public boolean fromBot() {
        return author == null;
    }

    LocalMessage edit(String newText, List<Button> newButtons) {
        return new LocalMessage(number, id, author, newText, replyTo, newButtons, reactions, true, deleted, picture);
    }

    LocalMessage react(String emoji) {
        Set<String> more = new LinkedHashSet<>(reactions);
        more.add(emoji);
        return new LocalMessage(number, id, author, text, replyTo, buttons, more, edited, deleted, picture);
    }

    LocalMessage delete() {
        return new LocalMessage(number, id, author, "", replyTo, List.of(), Set.of(), edited, true, null);
    }
}
