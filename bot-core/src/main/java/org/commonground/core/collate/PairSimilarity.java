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
    private final int dimensions;
    private final double[] towardsMean;
    private final double[] centredLength;
    private final double meanSquared;

    PairSimilarity(List<float[]> plain, double least) {
        this.plain = plain;
        this.least = least;
        int n = plain.size();
        this.dimensions = n == 0 ? 0 : plain.get(0).length;
        double[] mean = new double[dimensions];
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

    /**
     * The similarities among some of the replies, by their positions in {@code items}. A row is
     * worked out a dimension at a time across all the later replies, which the JIT turns into
     * vector instructions, where one dot product at a time stays scalar.
     */
    ThemeGrouper.Rows among(List<Integer> items) {
        int m = items.size();
        float[][] byDimension = new float[dimensions][m];
        for (int j = 0; j < m; j++) {
            float[] vector = plain.get(items.get(j));
            for (int d = 0; d < dimensions; d++) {
                byDimension[d][j] = vector[d];
            }
        }
        return (i, row) -> {
            float[] vector = plain.get(items.get(i));
            for (int d = 0; d < dimensions; d++) {
                float weight = vector[d];
                float[] across = byDimension[d];
                for (int j = i + 1; j < m; j++) {
                    row[j] += weight * across[j];
                }
            }
            for (int j = i + 1; j < m; j++) {
                row[j] = centred(items.get(i), items.get(j), row[j]);
            }
        };
    }

    /** The centred cosine of replies {@code a} and {@code b} from their plain dot product, or -1 if the model finds them unlike. */
    private float centred(int a, int b, float dot) {
        if (dot < least) {
            return -1f;
        }
        double lengths = centredLength[a] * centredLength[b];
        return lengths < 1e-12 ? 0f
                : (float) ((dot - towardsMean[a] - towardsMean[b] + meanSquared) / lengths);
    }
}
