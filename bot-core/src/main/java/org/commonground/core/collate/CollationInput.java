package org.commonground.core.collate;

import org.commonground.core.domain.Category;

/**
 * One reply to collate.
 *
 * @param key      the caller's id for it, returned with the result
 * @param prior    the category its prompt asked for, or {@code null}
 * @param fixed    a category a person chose, kept as it is, or {@code null}
 * @param features features stored at intake, or {@code null} to compute them
 */
public record CollationInput(String key, String text, Category prior, Category fixed, Features features) {
}
