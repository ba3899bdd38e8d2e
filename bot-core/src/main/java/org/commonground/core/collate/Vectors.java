package org.commonground.core.collate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The vector arithmetic collation needs: dot products, unit length, means and centrality. */
final class Vectors {

    private Vectors() {
    }

    static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** The vector scaled to unit length; all zeros stays all zeros. */
    static float[] unit(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        if (norm == 0) {
            return v;
        }
        float[] u = new float[v.length];
        for (int d = 0; d < v.length; d++) {
            u[d] = (float) (v[d] / norm);
        }
        return u;
    }

    /** The direction of the vectors' mean, or {@code null} for none. */
    static float[] centroid(List<float[]> vectors) {
        if (vectors.isEmpty()) {
            return null;
        }
        float[] sum = new float[vectors.get(0).length];
        for (float[] v : vectors) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += v[d];
            }
        }
        return unit(sum);
    }

    /**
     * The group's indexes, most central first: highest similarity to the group's centroid, which
     * orders like the total similarity to the others but costs linear time, not quadratic.
     */
    static List<Integer> byCentrality(List<Integer> group, List<float[]> vectors) {
        float[] centre = centroid(group.stream().map(vectors::get).toList());
        List<Integer> ordered = new ArrayList<>(group);
        ordered.sort(Comparator.<Integer>comparingDouble(i -> -dot(vectors.get(i), centre))
                .thenComparing(Comparator.naturalOrder()));
        return ordered;
    }
}
