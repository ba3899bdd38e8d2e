package org.commonground.core.collate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonground.core.port.TermAnalyzer;
import org.commonground.core.port.TermAnalyzer.Term;

/**
 * The words people write as names, capitalised in mid-sentence ("Bowling Green", "Cllr Hughes"):
 * a town's or a person's name says where or who, not what a theme is about, so it never labels one.
 * Letters written all in capitals ("PIP", "EHCP") are kept: they name a subject.
 */
final class ProperNames {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’]*");

    private ProperNames() {
    }

    /** The keys of the terms that, in the middle of a reply, are written capitalised more often than not. */
    static Set<String> in(List<String> texts, TermAnalyzer analyzer) {
        Map<String, Integer> capitalised = new HashMap<>();
        Map<String, Integer> lower = new HashMap<>();
        for (String text : texts) {
            Map<String, String> keyOf = new HashMap<>();
            for (Term term : analyzer.terms(text)) {
                keyOf.put(term.surface(), term.key());
            }
            Matcher word = WORD.matcher(text);
            boolean first = true;
            while (word.find()) {
                String written = word.group();
                String key = keyOf.get(written.toLowerCase(Locale.ROOT).replace('’', '\''));
                if (key != null && !first && !written.equals(written.toUpperCase(Locale.ROOT))) {
                    (Character.isUpperCase(written.charAt(0)) ? capitalised : lower).merge(key, 1, Integer::sum);
                }
                first = sentenceEnds(text, word.end());
            }
        }
        Set<String> names = new HashSet<>();
        capitalised.forEach((key, count) -> {
            if (count > lower.getOrDefault(key, 0)) {
                names.add(key);
            }
        });
        return names;
    }

    /** Whether the next word starts a sentence, so that its capital says nothing. */
    private static boolean sentenceEnds(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return false;
    }
}
