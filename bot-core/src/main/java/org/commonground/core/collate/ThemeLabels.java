package org.commonground.core.collate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonground.core.domain.Category;
import org.commonground.core.port.TermAnalyzer;
import org.commonground.core.port.TermAnalyzer.Term;

/**
 * Names a theme by the words its replies share that set it apart from the other replies of its
 * category (class-based TF-IDF), leaving out the words of the question itself, and written as the
 * members wrote them: "Forms and assessments". A theme whose replies share no such word is named by
 * the start of its most central reply.
 */
final class ThemeLabels {

    private static final int LABEL_WORDS = 6;
    private static final int LABEL_CHARACTERS = 40;
    /** In a category this big, a word in more than a sixth of its replies names the subject, not a theme. */
    private static final int MANY_REPLIES = 40;
    private static final double COMMON_SHARE = 0.15;

    private final TermAnalyzer analyzer;
    private final Set<String> promptKeys = new HashSet<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;

    ThemeLabels(TermAnalyzer analyzer, Category category, List<String> categoryTexts) {
        this.analyzer = analyzer;
        analyzer.terms(category.prompt()).forEach(term -> promptKeys.add(term.key()));
        this.documents = categoryTexts.size();
        for (String text : categoryTexts) {
            for (String key : keys(analyzer.terms(text))) {
                documentFrequency.merge(key, 1, Integer::sum);
            }
        }
    }

    /** @param texts the theme's replies, most central first */
    String label(List<String> texts) {
        Map<String, Integer> replies = new HashMap<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        for (String text : texts) {
            List<Term> terms = analyzer.terms(text);
            keys(terms).forEach(key -> replies.merge(key, 1, Integer::sum));
            terms.forEach(t -> surfaces.computeIfAbsent(t.key(), k -> new HashMap<>()).merge(t.surface(), 1, Integer::sum));
        }
        int least = Math.max(2, (texts.size() + 2) / 3);
        List<String> top = replies.entrySet().stream()
                .filter(e -> e.getValue() >= least && !promptKeys.contains(e.getKey()) && !common(e.getKey()))
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingDouble(e -> -weight(e.getKey(), e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .limit(2)
                .map(e -> mostUsed(surfaces.get(e.getKey())))
                .toList();
        return top.isEmpty() ? shorten(texts.get(0)) : capitalise(String.join(" and ", top));
    }

    private boolean common(String key) {
        return documents >= MANY_REPLIES && documentFrequency.getOrDefault(key, 0) > documents * COMMON_SHARE;
    }

    private double weight(String key, int count) {
        return count * Math.log(1.0 + (double) documents / documentFrequency.getOrDefault(key, 1));
    }

    private static Set<String> keys(List<Term> terms) {
        Set<String> keys = new HashSet<>();
        terms.forEach(term -> keys.add(term.key()));
        return keys;
    }

    private static String mostUsed(Map<String, Integer> surfaces) {
        return surfaces.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
    }

    /** The first words of the reply (or characters, for a script without spaces), with an ellipsis where cut. */
    static String shorten(String text) {
        List<String> words = new ArrayList<>(List.of(text.strip().split("\\s+")));
        String head = String.join(" ", words.subList(0, Math.min(LABEL_WORDS, words.size())));
        boolean cut = words.size() > LABEL_WORDS;
        if (head.length() > LABEL_CHARACTERS) {
            head = head.substring(0, LABEL_CHARACTERS);
            cut = true;
        }
        return capitalise(cut ? head.replaceAll("[\\p{Punct}\\s]+$", "") + "…" : head);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? "Something else" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
