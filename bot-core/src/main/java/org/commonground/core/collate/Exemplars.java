package org.commonground.core.collate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.commonground.core.domain.Category;
import org.commonground.core.port.SentenceEncoder;

/** Replies whose category is known: the ones the team wrote for each category, and their vectors. */
public final class Exemplars {

    private static final String SEEDS = "exemplars.tsv";

    private Exemplars() {
    }

    /** The replies the team wrote, without features. */
    public static List<Exemplar> seeds() {
        try (InputStream in = Exemplars.class.getResourceAsStream(SEEDS)) {
            if (in == null) {
                throw new IllegalStateException("The exemplar replies (" + SEEDS + ") are missing from the build.");
            }
            List<Exemplar> seeds = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0 && !line.startsWith("#")) {
                    seeds.add(new Exemplar(Category.valueOf(line.substring(0, tab)),
                            line.substring(tab + 1), null));
                }
            }
            return List.copyOf(seeds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exemplars with features of the encoder's model: stored ones kept, the others encoded as one batch. */
    public static List<Exemplar> encoded(List<Exemplar> exemplars, SentenceEncoder encoder) {
        List<Features> features = ReplyVectors.of(exemplars, Exemplar::text, Exemplar::features, encoder);
        List<Exemplar> encoded = new ArrayList<>(exemplars.size());
        for (int i = 0; i < exemplars.size(); i++) {
            encoded.add(new Exemplar(exemplars.get(i).category(), exemplars.get(i).text(), features.get(i)));
        }
        return encoded;
    }
}
