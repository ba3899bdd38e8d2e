package org.commonground.core.collate;

/**
 * The collator's weights and thresholds, chosen by leave-one-session-out cross-validation on the
 * labelled corpus (docs/collation.md gives the figures).
 *
 * @param priorWeight      what the prompt's category is worth, in log-odds: the margin by which the
 *                         classifier must prefer another category before a reply is filed elsewhere
 * @param vectorScale      what the sentence vector is multiplied by before the classifier reads it,
 *                         so that one penalty suits it, the cue scores and the words
 * @param wordScale        what a reply's words are worth to the classifier, all together
 * @param l2               how strongly the classifier's weights are kept small in training
 * @param trainingSteps    how many gradient steps train the classifier
 * @param adaptationL2     how strongly a gathering's confirmed replies are kept from pulling the
 *                         classifier away from the shipped one
 * @param adaptationSteps  how many gradient steps adapt it to them
 * @param anchorSimilarity the least similarity at which a reply joins a convenor's theme
 * @param themeSimilarity  the least average similarity of the replies of a theme found by clustering, once
 *                         what the replies being grouped have in common is taken away
 * @param leastSimilarity  the least similarity of any two replies of a theme found by clustering,
 *                         before anything is taken away
 * @param themeRidge       how strongly the map into the theme space is kept small when it is learnt
 * @param themeMix         how far a vector is moved into the theme space: 0 keeps it, 1 replaces it
 *                         with the label the regression gives
 */
public record CollationSettings(double priorWeight, double vectorScale, double wordScale, double l2,
                                int trainingSteps, double adaptationL2, int adaptationSteps,
                                double anchorSimilarity, double themeSimilarity,
                                double leastSimilarity, double themeRidge, double themeMix) {

    public static final CollationSettings DEFAULT = new CollationSettings(3.0, 4.0, 2.0, 0.003, 400, 0.05, 60, 0.55,
            0.1, 0.1, 1.0, 0.7);

    /** These settings with another cut-off for themes found by clustering. */
    public CollationSettings withThemeSimilarity(double cutoff) {
        return new CollationSettings(priorWeight, vectorScale, wordScale, l2, trainingSteps, adaptationL2,
                adaptationSteps, anchorSimilarity, cutoff, leastSimilarity, themeRidge, themeMix);
    }
}
