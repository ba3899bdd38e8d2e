package org.commonground.core.collate;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Where replies are grouped into themes: each sentence vector moved towards the vector of the label
 * a facilitator would give its theme. The move is learnt from the labelled corpus, by ridge
 * regression from each development reply's vector to its facilitator's label's vector ("Getting our
 * meds"), and mixed with the vector itself. The sentence model alone groups by wording and subject;
 * facilitators group by concern, and a label says the concern. It belongs to one sentence model.
 */
public final class ThemeSpace {

    private static final String SHIPPED = "theme-space.bin";

    private final String model;
    /** The whole move, mix included: a vector {@code x} goes to {@code x·map}. */
    private final float[][] map;

    private ThemeSpace(String model, float[][] map) {
        this.model = model;
        this.map = map;
    }

    /**
     * @param replies the replies' vectors, of {@code model}
     * @param labels  the vector of each reply's facilitator's theme label, of the same model
     */
    public static ThemeSpace learn(String model, List<float[]> replies, List<float[]> labels,
                                   CollationSettings settings) {
        double[][] regression = RidgeRegression.fit(replies, labels, settings.themeRidge());
        double mix = settings.themeMix();
        float[][] map = new float[regression.length][regression[0].length];
        for (int a = 0; a < map.length; a++) {
            for (int b = 0; b < map[a].length; b++) {
                map[a][b] = (float) (mix * regression[a][b] + (a == b ? 1 - mix : 0));
            }
        }
        return new ThemeSpace(model, map);
    }

    /** The name of the sentence model whose vectors this space takes. */
    public String model() {
        return model;
    }

    /** The vector moved into this space, at unit length; a vector of another length is returned as it is. */
    float[] apply(float[] vector) {
        if (vector.length != map.length) {
            return vector;
        }
        float[] moved = new float[map[0].length];
        for (int a = 0; a < vector.length; a++) {
            float weight = vector[a];
            float[] row = map[a];
            for (int b = 0; b < moved.length; b++) {
                moved[b] += weight * row[b];
            }
        }
        return Vectors.unit(moved);
    }

    /** The space that ships, learnt for the application's sentence model. */
    public static ThemeSpace shipped() {
        try (InputStream in = ThemeSpace.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("The theme space (" + SHIPPED + ") is missing from the build.");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The theme space (" + SHIPPED + ") could not be read", e);
        }
    }

    /**
     * Writes the space: its model's name, its shape, then the map row by row as 32-bit floats. Binary,
     * since the map has some 150,000 values and is read at every start.
     */
    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
        data.writeUTF(model);
        data.writeInt(map.length);
        data.writeInt(map[0].length);
        for (float[] row : map) {
            for (float value : row) {
                data.writeFloat(value);
            }
        }
        data.flush();
    }

    /** Reads what {@link #write} wrote. */
    public static ThemeSpace read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in));
        String model = data.readUTF();
        float[][] map = new float[data.readInt()][data.readInt()];
        for (float[] row : map) {
            for (int b = 0; b < row.length; b++) {
                row[b] = data.readFloat();
            }
        }
        return new ThemeSpace(model, map);
    }
}
