package org.commonground.core.collate;

import java.util.List;

/** Least squares with an L2 penalty, from many vectors to many: the normal equations, solved by elimination. */
final class RidgeRegression {

    private RidgeRegression() {
    }

    /**
     * @param inputs  the inputs, all of one length
     * @param outputs what each input should map to, all of one length
     * @param penalty added to the diagonal: how strongly the map is kept small
     * @return the map {@code m} minimising the squared error of {@code x·m} plus the penalty, as
     *         {@code m[input dimension][output dimension]}
     */
    static double[][] fit(List<float[]> inputs, List<float[]> outputs, double penalty) {
        int in = inputs.get(0).length;
        int out = outputs.get(0).length;
        double[][] gram = new double[in][in];
        double[][] cross = new double[in][out];
        for (int n = 0; n < inputs.size(); n++) {
            float[] x = inputs.get(n);
            float[] y = outputs.get(n);
            for (int a = 0; a < in; a++) {
                double xa = x[a];
                for (int b = 0; b < in; b++) {
                    gram[a][b] += xa * x[b];
                }
                for (int b = 0; b < out; b++) {
                    cross[a][b] += xa * y[b];
                }
            }
        }
        for (int a = 0; a < in; a++) {
            gram[a][a] += penalty;
        }
        return solve(gram, cross);
    }

    /** Solves {@code a·x = b} for a symmetric positive definite {@code a}, overwriting both. */
    private static double[][] solve(double[][] a, double[][] b) {
        int n = a.length;
        for (int column = 0; column < n; column++) {
            for (int row = column + 1; row < n; row++) {
                double factor = a[row][column] / a[column][column];
                for (int k = column; k < n; k++) {
                    a[row][k] -= factor * a[column][k];
                }
                for (int k = 0; k < b[row].length; k++) {
                    b[row][k] -= factor * b[column][k];
                }
            }
        }
        double[][] x = new double[n][];
        for (int row = n - 1; row >= 0; row--) {
            x[row] = b[row].clone();
            for (int k = row + 1; k < n; k++) {
                for (int j = 0; j < x[row].length; j++) {
                    x[row][j] -= a[row][k] * x[k][j];
                }
            }
            for (int j = 0; j < x[row].length; j++) {
                x[row][j] /= a[row][row];
            }
        }
        return x;
    }
}
