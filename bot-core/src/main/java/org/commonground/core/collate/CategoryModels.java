package org.commonground.core.collate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.commonground.core.port.CollationMemory;
import org.commonground.core.port.SentenceEncoder;

/**
 * The category classifier for each gathering: the shipped one (trained on the team's exemplars and
 * labelled replies) for the sentence model it was trained with, one trained on the exemplars alone at
 * first use for any other model (the fallback's), each adapted to the replies people confirmed in
 * the gathering.
 */
final class CategoryModels {

    private final SentenceEncoder encoder;
    private final CollationMemory memory;
    private final CollationSettings settings;
    private final Map<String, CategoryModel> base = new ConcurrentHashMap<>();

    CategoryModels(SentenceEncoder encoder, CollationMemory memory, CollationSettings settings, CategoryModel given) {
        this.encoder = encoder;
        this.memory = memory;
        this.settings = settings;
        if (given != null) {
            base.put(given.model(), given);
        }
    }

    CategoryModel forGathering(long gatheringId, String model) {
        CategoryModel trained = base.computeIfAbsent(model, this::trainOnSeeds);
        if (gatheringId == CollationContext.OFFLINE.gatheringId()) {
            return trained;
        }
        List<Exemplar> confirmed = memory.confirmed(gatheringId);
        if (confirmed.isEmpty()) {
            return trained;
        }
        List<Exemplar> usable = Exemplars.encoded(confirmed, encoder).stream()
                .filter(e -> model.equals(e.features().model())).toList();
        return trained.adaptedTo(usable, settings);
    }

    private CategoryModel trainOnSeeds(String model) {
        List<Exemplar> seeds = Exemplars.encoded(Exemplars.seeds(), encoder).stream()
                .filter(e -> model.equals(e.features().model())).toList();
        return CategoryModel.train(model, seeds, settings);
    }
}
