package org.commonground.core.collate;

/**
 * Multinomial logistic regression fitted by accelerated gradient descent (Nesterov): the mean
 * cross-entropy of the examples plus an L2 pull of the weights towards a starting point (zero for a
 * fresh model, the shipped weights when a gathering's confirmed replies adapt it). The problem is
 * convex and small, so a fixed number of steps of size 1/L converges without line searches; the
 * same input always gives the same weights.
 */
final class SoftmaxRegression {

    private SoftmaxRegression() {
    }

    /**
     * @param inputs  one row of features per example
     * @param classes each example's class, from 0 to {@code start.length - 1}
     * @param start   the weights to start from and to pull towards, one row per class
     * @param l2      the strength of the pull
     * @return the fitted weights, one row per class
     */
    static double[][] fit(double[][] inputs, int[] classes, double[][] start, double l2, int steps) {
        int k = start.length;
        int f = start[0].length;
        double meanSquare = 0;
        for (double[] x : inputs) {
            meanSquare += dot(x, x) / inputs.length;
        }
        double rate = 1.0 / (0.5 * meanSquare + l2);
        double[][] w = copy(start);
        double[][] previous = copy(start);
        double[][] look = copy(start);
        double[][] gradient = new double[k][f];
        for (int step = 1; step <= steps; step++) {
            gradient(inputs, classes, look, start, l2, gradient);
            double momentum = (step - 1.0) / (step + 2.0);
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < f; j++) {
                    double next = look[c][j] - rate * gradient[c][j];
                    look[c][j] = next + momentum * (next - previous[c][j]);
                    previous[c][j] = next;
                    w[c][j] = next;
                }
            }
        }
        return w;
    }

    /** The class scores of one example: the log-probabilities up to a constant. */
    static double[] scores(double[][] weights, double[] x) {
        double[] scores = new double[weights.length];
        for (int c = 0; c < weights.length; c++) {
            scores[c] = dot(weights[c], x);
        }
        return scores;
    }

    private static void gradient(double[][] inputs, int[] classes, double[][] w, double[][] start, double l2,
                                 double[][] gradient) {
        int k = w.length;
        int f = w[0].length;
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < f; j++) {
                gradient[c][j] = l2 * (w[c][j] - start[c][j]);
            }
        }
        double share = 1.0 / inputs.length;
        for (int i = 0; i < inputs.length; i++) {
            double[] x = inputs[i];
            double[] p = probabilities(scores(w, x));
            for (int c = 0; c < k; c++) {
                double error = (p[c] - (classes[i] == c ? 1 : 0)) * share;
                double[] row = gradient[c];
                for (int j = 0; j < f; j++) {
                    row[j] += error * x[j];
                }
            }
        }
    }

    /** The softmax of the scores. */
    static double[] probabilities(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double total = 0;
        double[] p = new double[scores.length];
        for (int c = 0; c < scores.length; c++) {
            p[c] = Math.exp(scores[c] - max);
            total += p[c];
        }
        for (int c = 0; c < scores.length; c++) {
            p[c] /= total;
        }
        return p;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }

    private static double[][] copy(double[][] a) {
        double[][] b = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i].clone();
        }
        return b;
    }
}
