package org.commonground.core.collate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.commonground.core.domain.Category;

/** Vectors of replies whose category is known, per category, and how close a new reply is to each. */
final class ExemplarBank {

    private final Map<Category, List<float[]>> byCategory = new EnumMap<>(Category.class);

    ExemplarBank(Map<Category, List<float[]>> vectors) {
        for (Category category : Category.values()) {
            byCategory.put(category, List.copyOf(vectors.getOrDefault(category, List.of())));
        }
    }

    /**
     * For each category, the mean similarity of the vector to its {@code k} nearest exemplars, less the
     * mean over the categories: positive where the reply is more like that category than the others.
     */
    Map<Category, Double> closeness(float[] vector, int k) {
        Map<Category, Double> raw = new EnumMap<>(Category.class);
        double total = 0;
        for (Category category : Category.values()) {
            double near = nearestMean(vector, byCategory.get(category), k);
            raw.put(category, near);
            total += near;
        }
        double mean = total / raw.size();
        raw.replaceAll((category, value) -> value - mean);
        return raw;
    }

    private static double nearestMean(float[] vector, List<float[]> exemplars, int k) {
        if (exemplars.isEmpty()) {
            return 0;
        }
        int keep = Math.min(k, exemplars.size());
        float[] best = new float[keep];
        Arrays.fill(best, -2f);
        for (float[] exemplar : exemplars) {
            float similarity = Vectors.dot(vector, exemplar);
            if (similarity > best[keep - 1]) {
                int at = keep - 1;
                while (at > 0 && best[at - 1] < similarity) {
                    best[at] = best[at - 1];
                    at--;
                }
                best[at] = similarity;
            }
        }
        double sum = 0;
        for (float similarity : best) {
            sum += similarity;
        }
        return sum / keep;
    }

    static Map<Category, List<float[]>> emptyLists() {
        Map<Category, List<float[]>> lists = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            lists.put(category, new ArrayList<>());
        }
        return lists;
    }
}
