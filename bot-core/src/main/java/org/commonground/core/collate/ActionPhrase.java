package org.commonground.core.collate;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The action an idea proposes, as a facilitator would write it on the flipchart: "Let's invite our
 * councillors to a meeting…" is "Invite our councillors". Only a reply that starts with a suggestion
 * and an action verb has one; the phrase stops before the first preposition, conjunction or stop.
 */
final class ActionPhrase {

    private static final Pattern OPENING = Pattern.compile("^(?:let'?s |let us |we could |we should |we can "
            + "|maybe we (?:could |should )?|maybe |perhaps we (?:could )?|why don'?t we |how about we "
            + "|how about |i'?d suggest (?:we )?|i suggest (?:we )?|could we |can we |please )?"
            + "((?:" + CategoryCues.ACTION_VERBS + ")\\b[^,.;:!?()\\n]*)");
    private static final Pattern END = Pattern.compile(" (?:to|for|at|in|on|with|about|so|and|but|or|because"
            + "|when|where|who|which|that|then|if|like|from|of|by|till|until|every|each)\\b| - | – ");
    private static final int MOST_WORDS = 5;

    private ActionPhrase() {
    }

    static Optional<String> of(String text) {
        Matcher opening = OPENING.matcher(text.strip().toLowerCase(Locale.ROOT).replace('’', '\''));
        if (!opening.find()) {
            return Optional.empty();
        }
        String phrase = opening.group(1);
        Matcher end = END.matcher(phrase);
        if (end.find()) {
            phrase = phrase.substring(0, end.start());
        }
        String[] words = phrase.strip().split("\\s+");
        if (words.length < 2 || words.length > MOST_WORDS) {
            return Optional.empty();
        }
        String joined = String.join(" ", words);
        return Optional.of(Character.toUpperCase(joined.charAt(0)) + joined.substring(1));
    }
}
