package org.commonground.core.openspace.harvest;

import java.util.regex.Pattern;

/**
 * Whether a point reads as something someone will do: a commitment ("we'll", "Sam agreed to"), a
 * next step, or a deadline. The collator sorts ideas from obstacles; actions are a harvest's own.
 */
final class ActionCues {

    private static final Pattern COMMITMENT = Pattern.compile(
            "\\b(?:we|i|they|she|he|someone)(?:'ll|’ll| will| are going to| agreed to| volunteered to| offered to)\\b"
                    + "|\\bnext steps?\\b|\\bfollow[- ]up\\b|\\baction point\\b"
                    + "|\\bby (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week"
                    + "|next month|the end of)\\b"
                    + "|^(?:→|->)",
            Pattern.CASE_INSENSITIVE);
    /** A person's name taking something on: a capitalised word that is not a pronoun or a determiner. */
    private static final Pattern NAMED = Pattern.compile(
            "\\b(?!(?:This|That|It|There|These|Those|What|Which|Who|Everything|Nothing|Nobody|Everyone)\\b)"
                    + "\\p{Lu}\\p{Ll}+ (?:will|agreed to|volunteered to|offered to|promised to)\\b");

    private ActionCues() {
    }

    static boolean isAction(String point) {
        return COMMITMENT.matcher(point).find() || NAMED.matcher(point).find();
    }
}
