package org.commonground.core.collate;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labels a theme by the words its replies share most, weighed against how common they are in the
 * whole set (class-based TF-IDF), written as the members wrote them: "Forms and assessments".
 */
final class ThemeLabels {

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;

    ThemeLabels(List<String> allTexts) {
        this.documents = allTexts.size();
        for (String text : allTexts) {
            for (String stem : new HashSet<>(TextTerms.stems(text))) {
                documentFrequency.merge(stem, 1, Integer::sum);
            }
        }
    }

    String label(List<String> texts) {
        Map<String, Integer> inTheme = new HashMap<>();
        Map<String, Map<String, Integer>> surface = new HashMap<>();
        for (String text : texts) {
            Set<String> seen = new HashSet<>();
            for (String word : TextTerms.words(text)) {
                String stem = TextTerms.stem(word);
                if (!TextTerms.stems(word).isEmpty() && seen.add(stem)) {
                    inTheme.merge(stem, 1, Integer::sum);
                    surface.computeIfAbsent(stem, s -> new LinkedHashMap<>()).merge(word, 1, Integer::sum);
                }
            }
        }
        int least = texts.size() > 1 ? 2 : 1;
        List<String> top = inTheme.entrySet().stream()
                .filter(e -> e.getValue() >= least)
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingDouble(e -> -weight(e.getKey(), e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .limit(2)
                .map(e -> mostUsed(surface.get(e.getKey())))
                .toList();
        if (top.isEmpty()) {
            // nothing shared by two replies: name the theme by the start of its most central reply
            return shorten(texts.get(0));
        }
        String label = String.join(" and ", top);
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private double weight(String stem, int count) {
        int df = documentFrequency.getOrDefault(stem, 1);
        return count * Math.log(1.0 + (double) documents / df);
    }

    private static String mostUsed(Map<String, Integer> words) {
        return words.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
    }

    private static String shorten(String text) {
        List<String> words = TextTerms.words(text);
        String head = String.join(" ", words.subList(0, Math.min(5, words.size())));
        return head.isEmpty() ? "Something else" : Character.toUpperCase(head.charAt(0)) + head.substring(1);
    }
}
