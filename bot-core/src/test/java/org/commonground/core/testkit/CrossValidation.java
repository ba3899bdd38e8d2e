package org.commonground.core.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.commonground.core.collate.CategoryModel;
import org.commonground.core.collate.Collation;
import org.commonground.core.collate.CollationContext;
import org.commonground.core.collate.CollationInput;
import org.commonground.core.collate.CollationSettings;
import org.commonground.core.collate.EmbeddingCollator;
import org.commonground.core.collate.Exemplar;
import org.commonground.core.collate.Exemplars;
import org.commonground.core.collate.Features;
import org.commonground.core.collate.ThemeSpace;
import org.commonground.core.port.CollationMemory;
import org.commonground.core.port.SentenceEncoder;
import org.commonground.core.port.TermAnalyzer;
import org.commonground.core.testkit.LabelledCorpus.Reply;

/**
 * Leave-one-out evaluation on the development part: each group of sessions (one session, every
 * session of one network, or one writer's part of the corpus) is collated by a collator whose
 * classifier and theme space were learnt without it, on the other groups' replies (and, for the
 * classifier, the team's exemplars less those that echo the group: as close to one of its replies as
 * a paraphrase). What it measures is what a network, or a writer, the collator has never seen would
 * get.
 */
public final class CrossValidation {

    /** An exemplar at least this similar to a reply of the left-out group echoes it. */
    public static final double ECHO = 0.8;

    private final SentenceEncoder encoder;
    private final TermAnalyzer analyzer;
    private final CollationSettings settings;
    private final List<Exemplar> seeds;
    private final List<Reply> replies;
    private final List<Exemplar> encoded;
    private final List<float[]> labels;

    public CrossValidation(SentenceEncoder encoder, TermAnalyzer analyzer, CollationSettings settings,
                           LabelledCorpus corpus) {
        this.encoder = encoder;
        this.analyzer = analyzer;
        this.settings = settings;
        this.seeds = Exemplars.encoded(Exemplars.seeds(), encoder);
        this.replies = corpus.part(LabelledCorpus.DEVELOPMENT);
        this.encoded = Exemplars.encoded(replies.stream().map(r -> new Exemplar(r.category(), r.text(), null)).toList(),
                encoder);
        List<String> themes = replies.stream().map(Reply::theme).distinct().toList();
        Map<String, float[]> byTheme = new HashMap<>();
        List<Features> themeVectors = encoder.encodeAll(themes);
        for (int i = 0; i < themes.size(); i++) {
            byTheme.put(themes.get(i), themeVectors.get(i).vector());
        }
        this.labels = replies.stream().map(r -> byTheme.get(r.theme())).toList();
    }

    /** The exemplars and every development reply: what the shipped classifier is trained on. */
    public List<Exemplar> trainingSet() {
        List<Exemplar> all = new ArrayList<>(seeds);
        all.addAll(encoded);
        return all;
    }

    /** The theme space learnt from every development reply: the one that ships. */
    public ThemeSpace themeSpace() {
        return themeSpaceWithout(reply -> false);
    }

    private ThemeSpace themeSpaceWithout(Predicate<Reply> leftOut) {
        List<float[]> vectors = new ArrayList<>();
        List<float[]> targets = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            if (!leftOut.test(replies.get(i))) {
                vectors.add(encoded.get(i).features().vector());
                targets.add(labels.get(i));
            }
        }
        return ThemeSpace.learn(encoder.model(), vectors, targets, settings);
    }

    /** @param group the group a reply is left out with: {@code Reply::session}, {@code Reply::network} or {@code Reply::part} */
    public CollationQuality.Report leaveOneOut(Function<Reply, String> group) {
        Map<String, List<Reply>> sessions = new LinkedHashMap<>();
        replies.forEach(r -> sessions.computeIfAbsent(r.session(), s -> new ArrayList<>()).add(r));
        Map<String, EmbeddingCollator> collators = new HashMap<>();
        return CollationQuality.measure(session -> collators.computeIfAbsent(group.apply(sessions.get(session).get(0)),
                left -> collatorWithout(left, group)), sessions);
    }

    /**
     * Each group's own figures, each collated by a collator learnt without it; with {@code Reply::part},
     * what a part written by someone else would get.
     */
    public Map<String, CollationQuality.Report> eachLeftOut(Function<Reply, String> group) {
        Map<String, Map<String, List<Reply>>> byGroup = new LinkedHashMap<>();
        replies.forEach(r -> byGroup.computeIfAbsent(group.apply(r), g -> new LinkedHashMap<>())
                .computeIfAbsent(r.session(), s -> new ArrayList<>()).add(r));
        Map<String, CollationQuality.Report> reports = new LinkedHashMap<>();
        byGroup.forEach((left, sessions) -> reports.put(left,
                CollationQuality.measure(collatorWithout(left, group), sessions)));
        return reports;
    }

    /**
     * The grouping alone, as a writer new to the collator would find it: each part's theme agreement
     * when its replies are given the facilitator's categories and collated with a theme space learnt
     * without that part.
     */
    public Map<String, Double> themesByPart() {
        Map<String, Map<String, List<Integer>>> byPart = new LinkedHashMap<>();
        for (int i = 0; i < replies.size(); i++) {
            byPart.computeIfAbsent(replies.get(i).part(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(replies.get(i).session(), s -> new ArrayList<>()).add(i);
        }
        Map<String, Double> agreement = new LinkedHashMap<>();
        byPart.forEach((part, sessions) -> {
            EmbeddingCollator collator = new EmbeddingCollator(encoder, analyzer, CollationMemory.NONE, settings,
                    CategoryModel.shipped(), themeSpaceWithout(reply -> reply.part().equals(part)));
            List<String> found = new ArrayList<>();
            List<String> gold = new ArrayList<>();
            sessions.forEach((session, members) -> {
                List<CollationInput> inputs = members.stream().map(i -> new CollationInput(String.valueOf(i),
                        replies.get(i).text(), replies.get(i).prompt(), replies.get(i).category(),
                        encoded.get(i).features())).toList();
                Collation collation = collator.collate(inputs, CollationContext.OFFLINE);
                for (int k = 0; k < members.size(); k++) {
                    found.add(CollationQuality.foundTheme(session, collation.placed().get(k)));
                    gold.add(CollationQuality.goldTheme(session, replies.get(members.get(k))));
                }
            });
            agreement.put(part, AdjustedRand.index(found, gold));
        });
        return agreement;
    }

    private EmbeddingCollator collatorWithout(String left, Function<Reply, String> group) {
        List<float[]> leftOut = new ArrayList<>();
        List<Exemplar> training = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            if (group.apply(replies.get(i)).equals(left)) {
                leftOut.add(encoded.get(i).features().vector());
            } else {
                training.add(encoded.get(i));
            }
        }
        seeds.stream().filter(seed -> !echoes(seed.features(), leftOut)).forEach(training::add);
        CategoryModel classifier = CategoryModel.train(encoder.model(), training, settings);
        ThemeSpace space = themeSpaceWithout(reply -> group.apply(reply).equals(left));
        return new EmbeddingCollator(encoder, analyzer, CollationMemory.NONE, settings, classifier, space);
    }

    private static boolean echoes(Features seed, List<float[]> leftOut) {
        for (float[] reply : leftOut) {
            double dot = 0;
            for (int d = 0; d < reply.length; d++) {
                dot += reply[d] * seed.vector()[d];
            }
            if (dot >= ECHO) {
                return true;
            }
        }
        return false;
    }
}
