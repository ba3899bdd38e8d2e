package org.commonground.core.collate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.commonground.core.domain.Category;
import org.commonground.core.port.CollationMemory;
import org.commonground.core.port.Collator;
import org.commonground.core.port.SentenceEncoder;
import org.commonground.core.port.TermAnalyzer;

/**
 * The collator: a reply's category from the prompt, linguistic cues and its closeness to exemplars;
 * themes from sentence vectors, audiences and what convenors taught the gathering; labels from the
 * words a theme's replies share. Vectors are computed once, at intake, and reused.
 */
public final class EmbeddingCollator implements Collator {

    private final SentenceEncoder encoder;
    private final TermAnalyzer analyzer;
    private final CollationMemory memory;
    private final CategoryModels models;
    private final CategoryScorer scorer;
    private final ThemeFinder finder;
    private final ThemeSpace space;
    private final RecentFeatures prepared = new RecentFeatures(RecentFeatures.KEPT);

    public EmbeddingCollator(SentenceEncoder encoder, TermAnalyzer analyzer, CollationMemory memory) {
        this(encoder, analyzer, memory, CollationSettings.DEFAULT, CategoryModel.shipped(), ThemeSpace.shipped());
    }

    /**
     * @param classifier the category classifier for its sentence model; other models get one trained on the exemplars
     * @param space      the theme space for its sentence model; other models' vectors are grouped as they are
     */
    public EmbeddingCollator(SentenceEncoder encoder, TermAnalyzer analyzer, CollationMemory memory,
                             CollationSettings settings, CategoryModel classifier, ThemeSpace space) {
        this.encoder = encoder;
        this.analyzer = analyzer;
        this.memory = memory;
        this.models = new CategoryModels(encoder, memory, settings, classifier);
        this.scorer = new CategoryScorer(settings);
        this.finder = new ThemeFinder(settings);
        this.space = space;
    }

    @Override
    public Placement place(String text, Category prior, CollationContext context) {
        Features features = prepared.take(text).orElseGet(() -> encoder.encode(text));
        CategoryScorer.Decision decision = scorer.decide(text, features.vector(), prior,
                models.forGathering(context.gatheringId(), features.model()));
        return new Placement(decision.category(), decision.confidence(), features);
    }

    @Override
    public void prepare(List<String> texts) {
        List<String> fresh = texts.stream().distinct().filter(text -> !prepared.has(text)).toList();
        if (!fresh.isEmpty()) {
            prepared.keep(fresh, encoder.encodeAll(fresh));
        }
    }

    @Override
    public Collation collate(List<CollationInput> inputs, CollationContext context) {
        List<Features> features = ReplyVectors.of(inputs, CollationInput::text, CollationInput::features, encoder);
        List<float[]> vectors = features.stream().map(Features::vector).toList();
        List<String> texts = inputs.stream().map(CollationInput::text).toList();
        String modelName = features.isEmpty() ? encoder.model() : features.get(0).model();
        CategoryModel model = models.forGathering(context.gatheringId(), modelName);
        UnaryOperator<float[]> toThemes = space.model().equals(modelName) ? space::apply : UnaryOperator.identity();
        List<Collation.Placed> placed = new ArrayList<>();
        Map<Category, List<Integer>> byCategory = new EnumMap<>(Category.class);
        for (int i = 0; i < inputs.size(); i++) {
            CollationInput input = inputs.get(i);
            CategoryScorer.Decision decision = input.fixed() != null
                    ? new CategoryScorer.Decision(input.fixed(), 1.0)
                    : scorer.decide(input.text(), vectors.get(i), input.prior(), model);
            placed.add(new Collation.Placed(input.key(), decision.category(), decision.confidence(), null));
            byCategory.computeIfAbsent(decision.category(), c -> new ArrayList<>()).add(i);
        }
        List<Anchor> anchors = context.gatheringId() == CollationContext.OFFLINE.gatheringId()
                ? List.of() : memory.anchors(context.gatheringId());
        Map<Integer, Anchor> pinned = pins(inputs, placed, anchors);
        List<Collation.ThemeDraft> themes = new ArrayList<>();
        byCategory.forEach((category, items) -> {
            List<ThemeFinder.Group> groups = new ArrayList<>(finder.group(category, items, vectors, texts, pinned,
                    AnchorCentres.of(anchors, category, encoder), toThemes));
            groups.sort(Comparator.<ThemeFinder.Group>comparingInt(g -> -g.members().size())
                    .thenComparing(g -> g.members().stream().min(Integer::compare).orElseThrow()));
            ThemeLabels labels = new ThemeLabels(analyzer, category, items.stream().map(texts::get).toList());
            for (ThemeFinder.Group group : groups) {
                String id = "t" + (themes.size() + 1);
                List<Integer> ordered = Vectors.byCentrality(group.members(), vectors);
                List<String> keys = ordered.stream().map(i -> inputs.get(i).key()).toList();
                ThemeLabels.Name name = group.label() != null ? new ThemeLabels.Name(group.label(), 0)
                        : labels.label(ordered.stream().map(texts::get).toList());
                themes.add(new Collation.ThemeDraft(id, category, name.label(), keys, keys.get(name.quote())));
                ordered.forEach(i -> placed.set(i, withTheme(placed.get(i), id)));
            }
        });
        return new Collation(placed, themes);
    }

    /**
     * The anchor of each reply a convenor pinned, unless the reply has since moved to another category.
     * A round's inputs are keyed by contribution id; the text must match too, since other callers
     * (the open-space harvest) key their inputs by position.
     */
    private static Map<Integer, Anchor> pins(List<CollationInput> inputs, List<Collation.Placed> placed,
                                             List<Anchor> anchors) {
        Map<String, Anchor> byKey = new HashMap<>();
        Map<String, String> textByKey = new HashMap<>();
        anchors.forEach(anchor -> anchor.members().forEach(member -> {
            byKey.put(String.valueOf(member.contributionId()), anchor);
            textByKey.put(String.valueOf(member.contributionId()), member.text());
        }));
        Map<Integer, Anchor> pinned = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            CollationInput input = inputs.get(i);
            Anchor anchor = byKey.get(input.key());
            if (anchor != null && input.text().equals(textByKey.get(input.key()))
                    && anchor.category() == placed.get(i).category()) {
                pinned.put(i, anchor);
            }
        }
        return pinned;
    }

    private static Collation.Placed withTheme(Collation.Placed placed, String themeId) {
        return new Collation.Placed(placed.key(), placed.category(), placed.confidence(), themeId);
    }
}
