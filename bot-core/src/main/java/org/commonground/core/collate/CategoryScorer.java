package org.commonground.core.collate;

import java.util.EnumMap;
import java.util.Map;

import org.commonground.core.domain.Category;

/**
 * Decides a reply's category: the classifier's log-probabilities from what the reply says and how,
 * plus the prompt's category as a prior in log-odds. The prior stands unless the classifier is
 * clearly against it; an open prompt has none, so the classifier alone decides. The confidence is
 * the winner's probability.
 */
final class CategoryScorer {

    /** A category and how sure the scorer is of it, from 0 to 1. */
    record Decision(Category category, double confidence) {
    }

    private final CollationSettings settings;

    CategoryScorer(CollationSettings settings) {
        this.settings = settings;
    }

    Decision decide(String text, float[] vector, Category prior, CategoryModel model) {
        Map<Category, Double> scores = new EnumMap<>(model.scores(vector, text));
        if (prior != null) {
            scores.merge(prior, settings.priorWeight(), Double::sum);
        }
        Category best = prior != null ? prior : Category.VISION;
        for (Category category : Category.values()) {
            if (scores.get(category) > scores.get(best)) {
                best = category;
            }
        }
        double total = 0;
        for (double score : scores.values()) {
            total += Math.exp(score - scores.get(best));
        }
        return new Decision(best, 1.0 / total);
    }
}
