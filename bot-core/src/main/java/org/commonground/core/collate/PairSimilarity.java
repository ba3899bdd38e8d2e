package org.commonground.core.collate;

import java.util.List;

/**
 * How alike two of the replies being grouped are, once what they all have in common is taken away.
 * Replies to one question in one network share a subject ("caring", "deaf", "the union"), which
 * makes them all look alike to the sentence model; less the replies' mean, what is left is what sets
 * them apart, and a positive cosine means "more alike than most". A small batch's mean says little,
 * so it is taken away in part: n/(n+4) of it. Two replies the model itself finds unlike (under
 * {@code least}) never count as alike, however they compare against the rest of the batch.
 *
 * <p>The cosine of two centred vectors follows from their plain dot product, (d − a·m − b·m + m·m)
 * over the centred lengths, so each pair costs one dot product, not two.
 */
final class PairSimilarity {

    static final double SHRINK = 4;

    private final List<float[]> plain;
    private final double least;
    private final double[] towardsMean;
    private final double[] centredLength;
    private final double meanSquared;

    PairSimilarity(List<float[]> plain, double least) {
        this.plain = plain;
        this.least = least;
        int n = plain.size();
        double[] mean = new double[n == 0 ? 0 : plain.get(0).length];
        double share = n < 2 ? 0 : 1.0 / (n + SHRINK);
        for (float[] vector : plain) {
            for (int d = 0; d < mean.length; d++) {
                mean[d] += vector[d] * share;
            }
        }
        double squared = 0;
        for (double value : mean) {
            squared += value * value;
        }
        this.meanSquared = squared;
        this.towardsMean = new double[n];
        this.centredLength = new double[n];
        for (int i = 0; i < n; i++) {
            float[] vector = plain.get(i);
            double along = 0;
            double length = 0;
            for (int d = 0; d < mean.length; d++) {
                along += vector[d] * mean[d];
                length += vector[d] * vector[d];
            }
            towardsMean[i] = along;
            centredLength[i] = Math.sqrt(Math.max(0, length - 2 * along + meanSquared));
        }
    }

    int size() {
        return plain.size();
    }

    /** The centred cosine of replies {@code i} and {@code j}, or -1 if the model finds them unlike. */
    float of(int i, int j) {
        float dot = Vectors.dot(plain.get(i), plain.get(j));
        if (dot < least) {
            return -1f;
        }
        double lengths = centredLength[i] * centredLength[j];
        return lengths < 1e-12 ? 0f
                : (float) ((dot - towardsMean[i] - towardsMean[j] + meanSquared) / lengths);
    }
}
