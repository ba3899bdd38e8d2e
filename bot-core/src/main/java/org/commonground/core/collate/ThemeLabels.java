package org.commonground.core.collate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.commonground.core.domain.Category;
import org.commonground.core.port.TermAnalyzer;
import org.commonground.core.port.TermAnalyzer.Term;

/**
 * Names a theme as a facilitator would: by the word, or two words written together ("waiting
 * list"), that its replies share and that sets it apart from the other replies of its category
 * (class-based TF-IDF), written as the members wrote it: "Forms", or "Waiting list" where the word
 * was mostly written in that phrase. Never by the words of the question, a name ("Bowling Green"),
 * or a word so common in a big category that it is its subject.
 * An idea is named by the action its most central reply proposes ("Invite our councillors") when
 * that action is what the replies share, or when they share no word. Otherwise a theme is named by
 * the start of its most central reply.
 */
final class ThemeLabels {

    private static final int LABEL_WORDS = 6;
    private static final int LABEL_CHARACTERS = 40;
    /** In a category this big, a word in more than a sixth of its replies names the subject, not a theme. */
    private static final int MANY_REPLIES = 40;
    private static final double COMMON_SHARE = 0.15;

    private final TermAnalyzer analyzer;
    private final Category category;
    private final Set<String> excluded = new HashSet<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;

    ThemeLabels(TermAnalyzer analyzer, Category category, List<String> categoryTexts) {
        this.analyzer = analyzer;
        this.category = category;
        this.documents = categoryTexts.size();
        analyzer.terms(category.prompt()).forEach(term -> excluded.add(term.key()));
        excluded.addAll(ProperNames.in(categoryTexts, analyzer));
        for (String text : categoryTexts) {
            candidates(text).keySet().forEach(key -> documentFrequency.merge(key, 1, Integer::sum));
        }
    }

    /**
     * A theme's label, and which of its replies to quote under it: the most central one, or where the
     * label is a word they share, the most central one that says it, so the quote bears the label out.
     *
     * @param label the label
     * @param quote the quoted reply's position among the texts named
     */
    record Name(String label, int quote) {
    }

    /** @param texts the theme's replies, most central first */
    Name label(List<String> texts) {
        Map<String, Integer> replies = new HashMap<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        List<Set<String>> said = new ArrayList<>();
        for (String text : texts) {
            Map<String, String> candidates = candidates(text);
            said.add(candidates.keySet());
            candidates.forEach((key, surface) -> {
                replies.merge(key, 1, Integer::sum);
                surfaces.computeIfAbsent(key, k -> new HashMap<>()).merge(surface, 1, Integer::sum);
            });
        }
        // a quarter: in a big theme a third rarely share a word, and the start of a reply says less
        int least = Math.max(2, (texts.size() + 3) / 4);
        List<String> shared = replies.entrySet().stream()
                .filter(e -> e.getValue() >= least && usable(e.getKey()))
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingDouble(e -> -weight(e.getKey(), e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .toList();
        Optional<String> action = category == Category.IDEA ? ActionPhrase.of(texts.get(0)) : Optional.empty();
        if (action.isPresent() && (shared.isEmpty() || candidates(action.get()).keySet().stream()
                .anyMatch(shared::contains))) {
            return new Name(action.get(), 0);
        }
        if (shared.isEmpty()) {
            return new Name(shorten(texts.get(0)), 0);
        }
        String key = phraseOf(shared.get(0), replies, least);
        int quote = 0;
        while (!said.get(quote).contains(key)) {
            quote++;
        }
        return new Name(capitalise(mostUsed(surfaces.get(key))), quote);
    }

    /**
     * The two words people mostly wrote a shared word in ("peer" as "peer support", "waiting" as
     * "waiting list"), or the word itself: the phrase says what the word alone leaves open.
     */
    private String phraseOf(String key, Map<String, Integer> replies, int least) {
        if (key.contains(" ")) {
            return key;
        }
        int mostly = Math.max(least, (2 * replies.get(key) + 2) / 3);
        return replies.entrySet().stream()
                .filter(e -> e.getKey().contains(" ") && e.getValue() >= mostly
                        && List.of(e.getKey().split(" ")).contains(key) && usable(e.getKey()))
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(key);
    }

    /** The reply's terms and its pairs of terms written side by side, by key, each with its surface form. */
    private Map<String, String> candidates(String text) {
        List<Term> terms = analyzer.terms(text);
        String written = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        Map<String, String> candidates = new LinkedHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            candidates.putIfAbsent(term.key(), term.surface());
            if (i + 1 < terms.size()) {
                String pair = term.surface() + " " + terms.get(i + 1).surface();
                if (written.contains(pair)) {
                    candidates.putIfAbsent(term.key() + " " + terms.get(i + 1).key(), pair);
                }
            }
        }
        return candidates;
    }

    private boolean usable(String key) {
        for (String part : key.split(" ")) {
            if (excluded.contains(part) || common(part)) {
                return false;
            }
        }
        return true;
    }

    private boolean common(String key) {
        return documents >= MANY_REPLIES && documentFrequency.getOrDefault(key, 0) > documents * COMMON_SHARE;
    }

    private double weight(String key, int count) {
        return count * Math.log(1.0 + (double) documents / documentFrequency.getOrDefault(key, 1));
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
