package org.commonground.core.collate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.commonground.core.port.SentenceEncoder;

/**
 * The features of a set of texts, all of one model: the stored ones where they are of the encoder's
 * current model, freshly encoded (as one batch) where they are missing or of another model.
 */
final class ReplyVectors {

    private ReplyVectors() {
    }

    /** @param stored a text's stored features, or {@code null} */
    static <T> List<Features> of(List<T> items, Function<T, String> text, Function<T, Features> stored,
                                 SentenceEncoder encoder) {
        for (int attempt = 0; ; attempt++) {
            String model = encoder.model();
            List<Features> features = new ArrayList<>(items.size());
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                Features kept = stored.apply(items.get(i));
                boolean usable = kept != null && model.equals(kept.model());
                features.add(usable ? kept : null);
                if (!usable) {
                    missing.add(i);
                }
            }
            List<Features> encoded = encoder.encodeAll(missing.stream().map(i -> text.apply(items.get(i))).toList());
            for (int j = 0; j < missing.size(); j++) {
                features.set(missing.get(j), encoded.get(j));
            }
            // the encoder falls back at most once; if it did during this batch, go again in the fallback's vectors
            if (attempt > 0 || encoded.stream().allMatch(f -> model.equals(f.model()))) {
                return features;
            }
        }
    }
}
