package org.commonground.core.collate;

import java.util.ArrayList;
import java.util.List;

/**
 * The replies being grouped, each less what they all have in common: the sentence vectors' mean is
 * taken away and each is set to unit length again. Replies to one question in one network share a
 * subject ("caring", "deaf", "the union"), which makes them all look alike to the sentence model; once
 * it is gone, what is left is what sets them apart, and a positive cosine means "more alike than
 * most". A small batch's mean says little, so it is taken away in part: n/(n+4) of it.
 */
final class CentredVectors {

    static final double SHRINK = 4;

    private CentredVectors() {
    }

    static List<float[]> of(List<float[]> vectors) {
        if (vectors.size() < 2) {
            return vectors;
        }
        int dimensions = vectors.get(0).length;
        double share = vectors.size() / (vectors.size() + SHRINK) / vectors.size();
        float[] mean = new float[dimensions];
        for (float[] vector : vectors) {
            for (int d = 0; d < dimensions; d++) {
                mean[d] += (float) (vector[d] * share);
            }
        }
        List<float[]> centred = new ArrayList<>(vectors.size());
        for (float[] vector : vectors) {
            float[] less = new float[dimensions];
            for (int d = 0; d < dimensions; d++) {
                less[d] = vector[d] - mean[d];
            }
            centred.add(Vectors.unit(less));
        }
        return centred;
    }
}
