package org.commonground.core.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One question put to a gathering: the prompt, the category it asks for (none for an open prompt),
 * the chats it went to, and when it opened, closes and closed.
 *
 * @param category  the category the prompt asks for, or {@code null} for an open prompt
 * @param closesAt  when the running bot closes it by itself, or {@code null}
 * @param closedAt  when it was closed, or {@code null} while open
 */
public record Round(long id, long gatheringId, List<ChatRef> chats, String prompt, Category category,
                    RoundStatus status, Instant openedAt, Instant closesAt, Instant closedAt) {

    public Round {
        chats = List.copyOf(chats);
    }

    public Optional<Category> prior() {
        return Optional.ofNullable(category);
    }

    public boolean isOpen() {
        return status == RoundStatus.OPEN;
    }

    /** The category as written on the command line: a category key, or "open". */
    public String categoryKey() {
        return category == null ? "open" : category.key();
    }
}
