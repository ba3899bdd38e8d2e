package org.commonground.core.exchange;

import java.time.Instant;
import java.util.List;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.Round;
import org.commonground.core.domain.Theme;

/**
 * A round as it leaves the bot: anonymous unless a member chose to be credited.
 *
 * @param replies the replies in the order they arrived
 * @param themes  the latest collation's themes
 */
public record RoundExport(Round round, List<Reply> replies, List<Theme> themes) {

    public RoundExport {
        replies = List.copyOf(replies);
        themes = List.copyOf(themes);
    }

    /**
     * One reply in an export.
     *
     * @param authorNumber a number standing for the author, the same for all their replies in this export
     * @param credit       the author's name if they chose to be credited, else {@code null}
     */
    public record Reply(long id, String text, int authorNumber, String credit, Category category, boolean confirmed,
                        String themeId, Instant created) {
    }
}
