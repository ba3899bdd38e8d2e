package org.commonground.core.collate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.commonground.core.domain.Category;
import org.commonground.core.port.CollationMemory;
import org.commonground.core.port.SentenceEncoder;

/**
 * The exemplars a reply's category is judged against: the replies the team wrote for each category
 * (encoded once per model), and every reply a person confirmed in the gathering.
 */
final class Exemplars {

    private static final String SEEDS = "exemplars.tsv";

    private final SentenceEncoder encoder;
    private final CollationMemory memory;
    private final List<Exemplar> seeds;
    private final Map<String, Map<Category, List<float[]>>> seedVectors = new ConcurrentHashMap<>();

    Exemplars(SentenceEncoder encoder, CollationMemory memory) {
        this.encoder = encoder;
        this.memory = memory;
        this.seeds = readSeeds();
    }

    /** The bank for one gathering, in the given model's vectors. */
    ExemplarBank bank(long gatheringId, String model) {
        Map<Category, List<float[]>> vectors = ExemplarBank.emptyLists();
        seedVectors.computeIfAbsent(model, m -> encode(seeds, m))
                .forEach((category, list) -> vectors.get(category).addAll(list));
        if (gatheringId != CollationContext.OFFLINE.gatheringId()) {
            encode(memory.confirmed(gatheringId), model).forEach((category, list) -> vectors.get(category).addAll(list));
        }
        return new ExemplarBank(vectors);
    }

    private Map<Category, List<float[]>> encode(List<Exemplar> exemplars, String model) {
        Map<Category, List<float[]>> vectors = ExemplarBank.emptyLists();
        List<Exemplar> missing = new ArrayList<>();
        for (Exemplar exemplar : exemplars) {
            if (exemplar.features() != null && model.equals(exemplar.features().model())) {
                vectors.get(exemplar.category()).add(exemplar.features().vector());
            } else {
                missing.add(exemplar);
            }
        }
        List<Features> encoded = encoder.encodeAll(missing.stream().map(Exemplar::text).toList());
        for (int i = 0; i < missing.size(); i++) {
            if (model.equals(encoded.get(i).model())) {
                vectors.get(missing.get(i).category()).add(encoded.get(i).vector());
            }
        }
        return vectors;
    }

    private static List<Exemplar> readSeeds() {
        try (InputStream in = Exemplars.class.getResourceAsStream(SEEDS)) {
            if (in == null) {
                throw new IllegalStateException("The exemplar replies (" + SEEDS + ") are missing from the build.");
            }
            List<Exemplar> seeds = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0 && !line.startsWith("#")) {
                    seeds.add(new Exemplar(Category.valueOf(line.substring(0, tab)), line.substring(tab + 1), null));
                }
            }
            return List.copyOf(seeds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
