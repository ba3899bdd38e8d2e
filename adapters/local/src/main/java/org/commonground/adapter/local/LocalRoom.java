package org.commonground.adapter.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.commonground.core.domain.Button;
import org.commonground.core.domain.OutboundMessage.Picture;

/**
 * One room's transcript. Message ids combine this run's id with the message number, so that they
 * stay unique when the bot restarts and numbering begins again.
 */
final class LocalRoom {

    private final String runId;
    private final List<LocalMessage> messages = new ArrayList<>();

    LocalRoom(String runId) {
        this.runId = runId;
    }

    synchronized LocalMessage add(String author, String text, String replyTo, List<Button> buttons) {
        return add(author, text, replyTo, buttons, null);
    }

    /** A picture from the bot, its caption as the text. */
    synchronized LocalMessage add(Picture picture) {
        return add(null, picture.caption(), null, List.of(), picture);
    }

    private LocalMessage add(String author, String text, String replyTo, List<Button> buttons, Picture picture) {
        int number = messages.size() + 1;
        LocalMessage message = new LocalMessage(number, runId + "-" + number, author, text, replyTo, buttons,
                Set.of(), false, false, picture);
        messages.add(message);
        return message;
    }

    /** The message with this number ("12" or "#12") or full id; deleted messages are not found. */
    synchronized Optional<LocalMessage> find(String reference) {
        String ref = reference == null ? "" : reference.strip().replaceFirst("^#", "");
        return messages.stream()
                .filter(m -> !m.deleted() && (m.id().equals(ref) || String.valueOf(m.number()).equals(ref)))
                .findFirst();
    }

    synchronized LocalMessage replace(LocalMessage updated) {
        messages.set(updated.number() - 1, updated);
        return updated;
    }

    synchronized List<LocalMessage> transcript() {
        return List.copyOf(messages);
    }
}
