package org.commonground.core.collate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Replies that open by agreeing with someone before them ("+1", "same here", "me too", "same as jo
 * said", "^ this"). In a group chat such a reply is about what it agrees with, though its own words
 * may share little with it ("+1 flexible work is everything" after "a job where I can do my physio in
 * the morning"), so it is put in that reply's theme: the closest of the few replies just before it.
 */
final class FollowUps {

    /** How many earlier replies of the category an agreeing reply may be agreeing with. */
    static final int LOOK_BACK = 3;

    private static final Pattern AGREEING = Pattern.compile(
            "^\\W{0,3}(\\+1|\\^+|same\\b|me too\\b|this\\s*[!.^]|agree(d)?\\b|seconded\\b|ditto\\b|snap\\b"
                    + "|exactly\\b|so true\\b|100\\s?%|yes+\\b[ ,.!]+(and|to|this|same)\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private FollowUps() {
    }

    static boolean agrees(String text) {
        return AGREEING.matcher(text.strip()).find();
    }

    /**
     * @param order   positions of the category's replies, in the order they were sent
     * @param at      where in {@code order} the agreeing reply is
     * @param vectors every reply's vector, by position
     * @return the position of the reply it most likely agrees with, or -1 if it is the first
     */
    static int agreedWith(List<Integer> order, int at, List<float[]> vectors) {
        int best = -1;
        double bestSimilarity = Double.NEGATIVE_INFINITY;
        for (int k = Math.max(0, at - LOOK_BACK); k < at; k++) {
            double similarity = Vectors.dot(vectors.get(order.get(at)), vectors.get(order.get(k)));
            if (similarity > bestSimilarity) {
                best = order.get(k);
                bestSimilarity = similarity;
            }
        }
        return best;
    }
}
