package org.commonground.core.collate;

import org.commonground.core.domain.Category;

/**
 * Where the collator placed one reply.
 *
 * @param confidence from 0 (a guess) to 1 (certain)
 * @param features   what to store with the reply
 */
public record Placement(Category category, double confidence, Features features) {

    public Placement {
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("Confidence must be between 0 and 1: " + confidence);
        }
    }
}
