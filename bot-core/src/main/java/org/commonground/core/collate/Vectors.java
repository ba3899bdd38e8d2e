package org.commonground.core.collate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The vector arithmetic collation needs: dot products, unit length, means and centrality. */
final class Vectors {

    private Vectors() {
    }

    /** Four running sums, because the JIT keeps a single floating-point sum in order and so serial. */
    static float dot(float[] a, float[] b) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (int end = a.length - 3; i < end; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
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
