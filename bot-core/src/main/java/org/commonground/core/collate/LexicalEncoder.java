package org.commonground.core.collate;

import org.commonground.core.port.SentenceEncoder;

/**
 * The fallback encoder: a reply's content-word stems, signed-feature-hashed into a fixed-size vector
 * of unit length, so that replies can be compared without a model or a vocabulary. The sign taken
 * from a second hash makes two words that share a slot cancel out on average instead of looking
 * alike. Replies that share no word look unrelated, which is why the sentence model is preferred.
 */
public final class LexicalEncoder implements SentenceEncoder {

    /** The model name stored with the vectors. */
    public static final String MODEL = "lexical-hash-1024/3";
    static final int DIMENSIONS = 1024;

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Features encode(String text) {
        float[] vector = new float[DIMENSIONS];
        for (String stem : TextTerms.stems(text)) {
            int hash = mix(stem.hashCode());
            vector[Math.floorMod(hash, DIMENSIONS)] += hash < 0 ? -1f : 1f;
        }
        return new Features(MODEL, Vectors.unit(vector));
    }

    /** Murmur3's finaliser: String.hashCode's low bits alone collide for similar short words. */
    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
