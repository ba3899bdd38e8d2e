package org.commonground.core.collate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.commonground.core.domain.Category;
import org.commonground.core.port.Collator;

/**
 * The first collator. A reply's category is the prompt's, unless its linguistic cues point elsewhere
 * by a clear margin; confidence comes from how far apart the scores are. Themes group replies of a
 * category by the content words they share.
 */
public final class CueCollator implements Collator {

    /** What the prompt's category is worth against the cues: the margin other evidence must beat. */
    static final double PRIOR_WEIGHT = 2.5;
    /** The least average similarity of replies in one theme. */
    static final double THEME_CUTOFF = 0.15;

    @Override
    public Placement place(String text, Category prior, CollationContext context) {
        return place(text, prior, LexicalVectors.of(text));
    }

    private Placement place(String text, Category prior, Features features) {
        Map<Category, Double> scores = CategoryCues.score(text);
        if (prior != null) {
            scores.merge(prior, PRIOR_WEIGHT, Double::sum);
        }
        Category best = prior != null ? prior : Category.VISION;
        for (Category category : Category.values()) {
            if (scores.get(category) > scores.get(best)) {
                best = category;
            }
        }
        double total = 0;
        for (double score : scores.values()) {
            total += Math.exp(score);
        }
        return new Placement(best, Math.exp(scores.get(best)) / total, features);
    }

    @Override
    public Collation collate(List<CollationInput> inputs, CollationContext context) {
        List<Category> categories = new ArrayList<>();
        List<Double> confidences = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (CollationInput input : inputs) {
            Features features = input.features() != null && LexicalVectors.MODEL.equals(input.features().model())
                    ? input.features() : LexicalVectors.of(input.text());
            Placement placement = input.fixed() != null
                    ? new Placement(input.fixed(), 1.0, features)
                    : place(input.text(), input.prior(), features);
            categories.add(placement.category());
            confidences.add(placement.confidence());
            vectors.add(features.vector());
        }
        List<float[]> weighted = Weighting.tfIdf(vectors);
        ThemeLabels labels = new ThemeLabels(inputs.stream().map(CollationInput::text).toList());
        String[] themeOf = new String[inputs.size()];
        List<Collation.ThemeDraft> themes = new ArrayList<>();
        Map<Category, List<Integer>> byCategory = new EnumMap<>(Category.class);
        for (int i = 0; i < inputs.size(); i++) {
            byCategory.computeIfAbsent(categories.get(i), c -> new ArrayList<>()).add(i);
        }
        byCategory.forEach((category, indexes) -> {
            List<float[]> members = indexes.stream().map(weighted::get).toList();
            for (List<Integer> group : ThemeGrouper.group(members, THEME_CUTOFF)) {
                List<Integer> ordered = Weighting.byCentrality(group.stream().map(indexes::get).toList(), weighted);
                String id = "t" + (themes.size() + 1);
                List<String> keys = ordered.stream().map(i -> inputs.get(i).key()).toList();
                String label = labels.label(ordered.stream().map(i -> inputs.get(i).text()).toList());
                themes.add(new Collation.ThemeDraft(id, category, label, keys, keys.get(0)));
                ordered.forEach(i -> themeOf[i] = id);
            }
        });
        List<Collation.Placed> placed = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            placed.add(new Collation.Placed(inputs.get(i).key(), categories.get(i), confidences.get(i), themeOf[i]));
        }
        return new Collation(placed, themes);
    }
}
