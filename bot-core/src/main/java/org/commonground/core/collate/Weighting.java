package org.commonground.core.collate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Vector arithmetic the collator needs: inverse-document-frequency weights and centrality. */
final class Weighting {

    private Weighting() {
    }

    /** Weighs each dimension by how rare it is across the set, then scales each vector to unit length. */
    static List<float[]> tfIdf(List<float[]> vectors) {
        if (vectors.isEmpty()) {
            return List.of();
        }
        int dimensions = vectors.get(0).length;
        int[] df = new int[dimensions];
        for (float[] v : vectors) {
            for (int d = 0; d < dimensions; d++) {
                if (v[d] != 0) {
                    df[d]++;
                }
            }
        }
        List<float[]> weighted = new ArrayList<>(vectors.size());
        for (float[] v : vectors) {
            float[] w = new float[dimensions];
            for (int d = 0; d < dimensions; d++) {
                if (v[d] != 0) {
                    w[d] = (float) (v[d] * Math.log(1.0 + (double) vectors.size() / df[d]));
                }
            }
            weighted.add(unit(w));
        }
        return weighted;
    }

    /** The group's indexes, most central (highest total similarity to the others) first. */
    static List<Integer> byCentrality(List<Integer> group, List<float[]> vectors) {
        double[] total = new double[group.size()];
        for (int i = 0; i < group.size(); i++) {
            for (int j = 0; j < group.size(); j++) {
                if (i != j) {
                    total[i] += ThemeGrouper.dot(vectors.get(group.get(i)), vectors.get(group.get(j)));
                }
            }
        }
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            positions.add(i);
        }
        positions.sort(Comparator.<Integer>comparingDouble(p -> -total[p]).thenComparing(p -> group.get(p)));
        return positions.stream().map(group::get).toList();
    }

    static float[] unit(float[] v) {
        double norm = Math.sqrt(ThemeGrouper.dot(v, v));
        if (norm == 0) {
            return v;
        }
        float[] u = new float[v.length];
        for (int d = 0; d < v.length; d++) {
            u[d] = (float) (v[d] / norm);
        }
        return u;
    }
}
