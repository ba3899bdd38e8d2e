package org.commonground.core.collate;

/**
 * Turns a reply into a fixed-size vector of its content-word stems (signed feature hashing), so that
 * replies can be compared without keeping a vocabulary. The sign taken from a second hash makes two
 * words that share a slot cancel out on average instead of looking alike. Cheap enough for intake.
 */
public final class LexicalVectors {

    /** The model name stored with the vectors. */
    public static final String MODEL = "lexical-hash-1024/2";
    static final int DIMENSIONS = 1024;

    private LexicalVectors() {
    }

    public static Features of(String text) {
        float[] vector = new float[DIMENSIONS];
        for (String stem : TextTerms.stems(text)) {
            int hash = mix(stem.hashCode());
            vector[Math.floorMod(hash, DIMENSIONS)] += hash < 0 ? -1f : 1f;
        }
        return new Features(MODEL, vector);
    }

    /** Murmur3's finaliser: String.hashCode's low bits alone collide for similar short words. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
