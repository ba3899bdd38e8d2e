package org.commonground.core.collate;

/**
 * Turns a reply into a fixed-size vector of its content-word stems (feature hashing), so that
 * replies can be compared without keeping a vocabulary. Cheap enough to compute at intake.
 */
public final class LexicalVectors {

    /** The model name stored with the vectors. */
    public static final String MODEL = "lexical-hash-512/1";
    static final int DIMENSIONS = 512;

    private LexicalVectors() {
    }

    public static Features of(String text) {
        float[] vector = new float[DIMENSIONS];
        for (String stem : TextTerms.stems(text)) {
            vector[Math.floorMod(stem.hashCode(), DIMENSIONS)] += 1f;
        }
        return new Features(MODEL, vector);
    }
}
