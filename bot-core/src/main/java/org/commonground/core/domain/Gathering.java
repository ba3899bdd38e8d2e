package org.commonground.core.domain;

import java.util.List;

/**
 * A set of linked chats, possibly on several platforms, that take part together: one network's
 * Telegram group and Discord channel, say. Rounds and open spaces run in a gathering, and what the
 * collator learns from corrections is kept per gathering.
 */
public record Gathering(long id, String name, List<ChatRef> chats) {

    public Gathering {
        chats = List.copyOf(chats);
        if (chats.isEmpty()) {
            throw new IllegalArgumentException("A gathering needs at least one chat.");
        }
    }
}
