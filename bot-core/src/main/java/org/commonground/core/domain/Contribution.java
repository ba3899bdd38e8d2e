package org.commonground.core.domain;

import java.time.Instant;

/**
 * One member's reply to a round, as stored.
 *
 * @param messageId  the platform's id of the message that carried it; with {@code chat} it is unique
 * @param confidence how sure the collator was of {@code category}, from 0 to 1; 1 once confirmed
 * @param source     whether the category is the collator's suggestion or a person's choice
 * @param editedAt   when the author last edited it, or {@code null}
 * @param edits      how many times the author changed the text
 * @param themeId    the theme it was last grouped into, or {@code null} before the first collation
 */
public record Contribution(long id, long roundId, ChatRef chat, String messageId, MemberRef author, String text,
                           Category category, double confidence, CategorySource source, Instant createdAt,
                           Instant editedAt, int edits, String themeId) {

    public boolean confirmed() {
        return source == CategorySource.CONFIRMED;
    }
}
