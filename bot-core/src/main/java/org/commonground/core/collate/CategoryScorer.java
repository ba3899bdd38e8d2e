package org.commonground.core.collate;

import java.util.EnumMap;
import java.util.Map;

import org.commonground.core.domain.Category;

/**
 * Decides a reply's category from three kinds of evidence: the prompt's category (the prior), the
 * linguistic cues of how it is said, and how close it is to each category's exemplars. The prior
 * wins unless the other evidence beats it by its weight; an open prompt has no prior, so the
 * evidence alone decides. The confidence is the softmax share of the winner.
 */
final class CategoryScorer {

    /** A category and how sure the scorer is of it, from 0 to 1. */
    record Decision(Category category, double confidence) {
    }

    private final CollationSettings settings;

    CategoryScorer(CollationSettings settings) {
        this.settings = settings;
    }

    Decision decide(String text, float[] vector, Category prior, ExemplarBank bank) {
        Map<Category, Double> cues = CategoryCues.score(text);
        Map<Category, Double> closeness = bank.closeness(vector, settings.neighbours());
        Map<Category, Double> scores = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            scores.put(category, settings.cueWeight() * cues.get(category)
                    + settings.exemplarWeight() * closeness.get(category)
                    + (category == prior ? settings.priorWeight() : 0));
        }
        Category best = prior != null ? prior : Category.VISION;
        for (Category category : Category.values()) {
            if (scores.get(category) > scores.get(best)) {
                best = category;
            }
        }
        double total = 0;
        for (double score : scores.values()) {
            total += Math.exp((score - scores.get(best)) / settings.temperature());
        }
        return new Decision(best, 1.0 / total);
    }
}
