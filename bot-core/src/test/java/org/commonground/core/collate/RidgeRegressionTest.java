package org.commonground.core.collate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RidgeRegressionTest {

    static final double[][] MAP = {{2, 0}, {-1, 3}, {0.5, 1}};

    @Test
    void aLightPenaltyRecoversTheMapBehindTheDataAndAHeavyOneShrinksIt() {
        Random random = new Random(7);
        List<float[]> inputs = new ArrayList<>();
        List<float[]> outputs = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            float[] x = {(float) random.nextGaussian(), (float) random.nextGaussian(), (float) random.nextGaussian()};
            float[] y = new float[2];
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 2; b++) {
                    y[b] += (float) (x[a] * MAP[a][b]);
                }
            }
            inputs.add(x);
            outputs.add(y);
        }

        double[][] light = RidgeRegression.fit(inputs, outputs, 1e-6);
        double[][] heavy = RidgeRegression.fit(inputs, outputs, 1e4);

        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 2; b++) {
                assertThat(light[a][b]).isCloseTo(MAP[a][b], within(1e-4));
            }
        }
        assertThat(size(heavy)).isLessThan(size(MAP) / 10);
    }

    private static double size(double[][] map) {
        double sum = 0;
        for (double[] row : map) {
            for (double value : row) {
                sum += value * value;
            }
        }
        return Math.sqrt(sum);
    }
}
