package org.commonground.core.collate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a reply into the content words that carry its topic, each reduced to a rough stem, so that
 * "forms", "form" and "forms'" meet. Deliberately small: the lexical fallback and the cue count use
 * it; theme labels go through the term analyzer port (Lucene's English analyzer in the application).
 */
public final class TextTerms {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");

    private static final Set<String> STOP = Set.of(
            "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
            "because", "been", "being", "but", "by", "can", "could", "did", "do", "does", "doing", "don't", "for",
            "from", "get", "gets", "getting", "got", "had", "has", "have", "having", "he", "her", "here", "him",
            "his", "how", "i", "i'd", "i'm", "i've", "if", "in", "into", "is", "it", "it's", "its", "just", "let", "let's", "lets",
            "like", "lot", "lots", "make", "me", "more", "most", "much", "my", "need", "needs", "no", "not", "now",
            "of", "off", "on", "one", "only", "or", "other", "our", "ours", "out", "over", "own", "really", "same",
            "she", "should", "so", "some", "still", "such", "than", "that", "that's", "the", "their", "them", "then",
            "there", "these", "they", "they're", "thing", "things", "this", "those", "through", "to", "too", "up",
            "us", "very", "was", "we", "we'd", "we're", "were", "what", "when", "where", "which", "while", "who",
            "why", "will", "with", "would", "you", "your", "yes", "yeah", "want", "wants", "way", "even", "every",
            "ever", "never", "can't", "cannot", "won't", "isn't", "aren't", "doesn't", "didn't", "people", "someone",
            "something", "go", "going", "know", "think", "see", "said", "say", "well", "re", "ve", "ll", "s", "t",
            "d", "m", "im", "dont", "cant", "wont", "x", "lol", "etc", "eg", "ie",
            "everyone", "everybody", "anyone", "anybody", "nobody", "http", "https", "www", "com");

    private TextTerms() {
    }

    /** The lower-cased words of the text, in order, stop words included. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** The stems of the text's content words, in order, repeats kept. */
    public static List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        for (String word : words(text)) {
            if (!STOP.contains(word) && word.length() > 1 && !word.chars().allMatch(Character::isDigit)) {
                stems.add(stem(word));
            }
        }
        return stems;
    }

    /** A rough English stem: drops possessives, plurals and the commonest suffixes. */
    public static String stem(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word.replace("'", "");
        if (w.length() > 5 && w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 4 && w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 6 && w.endsWith("ing")) {
            w = w.substring(0, w.length() - 3);
        } else if (w.length() > 5 && w.endsWith("ed")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 5 && w.endsWith("ly")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
