package org.commonground.core.collate;

import org.commonground.core.domain.Category;

/**
 * A reply whose category is known: one the team wrote, or one a person confirmed.
 *
 * @param features the stored features, or {@code null} to compute them from the text
 */
public record Exemplar(Category category, String text, Features features) {
}
