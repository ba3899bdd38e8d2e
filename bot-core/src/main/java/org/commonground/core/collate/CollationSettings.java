package org.commonground.core.collate;

/**
 * The collator's weights and thresholds, chosen on the development part of the labelled corpus
 * (docs/collation.md gives the figures).
 *
 * @param priorWeight      what the prompt's category is worth: the margin by which other evidence
 *                         must beat it before a reply is filed elsewhere
 * @param cueWeight        what one point of linguistic cues is worth
 * @param exemplarWeight   what similarity to a category's exemplars is worth
 * @param neighbours       how many of a category's nearest exemplars are averaged
 * @param temperature      how sharply score differences turn into confidence
 * @param anchorSimilarity the least similarity at which a reply joins a convenor's theme
 * @param themeSimilarity  the least average similarity of the replies of a theme found by clustering
 */
public record CollationSettings(double priorWeight, double cueWeight, double exemplarWeight, int neighbours,
                                double temperature, double anchorSimilarity, double themeSimilarity) {

    public static final CollationSettings DEFAULT = new CollationSettings(1.6, 1.0, 12.0, 3, 0.8, 0.55, 0.22);
}
