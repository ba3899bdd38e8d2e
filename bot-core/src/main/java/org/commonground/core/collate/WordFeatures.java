package org.commonground.core.collate;

import java.util.List;

/**
 * A reply's words, and its first word apart, hashed into a fixed number of slots: features for the
 * category classifier that need no vocabulary. Stop words are kept on purpose; "being", "we", "could"
 * and "who" are what tell a hope from an idea or a list of people.
 */
final class WordFeatures {

    static final int BUCKETS = 1024;

    private WordFeatures() {
    }

    /** Adds the text's words, each worth {@code scale} over the root of the reply's length, from {@code offset}. */
    static void add(String text, double scale, double[] x, int offset) {
        List<String> words = TextTerms.words(text);
        double each = scale / Math.sqrt(Math.max(1, words.size()));
        for (int i = 0; i < words.size(); i++) {
            x[offset + slot(words.get(i))] += each;
        }
        if (!words.isEmpty()) {
            x[offset + slot("^" + words.get(0))] += scale;
        }
    }

    private static int slot(String word) {
        return Math.floorMod(LexicalEncoder.mix(word.hashCode()), BUCKETS);
    }
}
