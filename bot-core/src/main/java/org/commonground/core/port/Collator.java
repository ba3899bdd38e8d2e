package org.commonground.core.port;

import java.util.List;

import org.commonground.core.collate.Collation;
import org.commonground.core.collate.CollationContext;
import org.commonground.core.collate.CollationInput;
import org.commonground.core.collate.Placement;
import org.commonground.core.domain.Category;

/**
 * Sorts replies the way a facilitator sorts a flipchart: into the four categories, and within each
 * category into themes. One collator serves rounds, the open-space harvest and the offline
 * {@code collate} command.
 */
public interface Collator {

    /**
     * Places one reply as it arrives. Must be quick: it runs while the platform waits.
     *
     * @param prior the category the prompt asked for, or {@code null} for an open prompt
     * @return the suggested category, how sure the collator is (0 to 1), and the features to store
     *         with the reply so that {@link #collate} need not compute them again
     */
    Placement place(String text, Category prior, CollationContext context);

    /**
     * Gets ready for replies that are about to be placed one by one, such as a batch a platform
     * delivered at once: a collator may compute what they need together, on every core, and keep it
     * for a while. Placing gives the same result with or without it.
     */
    default void prepare(List<String> texts) {
    }

    /**
     * Collates a whole set of replies: a category for each (a {@link CollationInput#fixed()} category
     * is kept as it is), and themes within each category. Every input belongs to exactly one theme;
     * a theme of one is a reply that stands alone. Results are in input order and the same for the
     * same input.
     */
    Collation collate(List<CollationInput> inputs, CollationContext context);
}
