package org.commonground.core.collate;

import java.util.ArrayList;
import java.util.List;

import org.commonground.core.domain.Category;
import org.commonground.core.port.SentenceEncoder;

/**
 * Where each convenor's theme points: the mean direction of its pinned replies, or of its name when
 * every reply it had has been deleted.
 */
final class AnchorCentres {

    private AnchorCentres() {
    }

    static List<ThemeFinder.Target> of(List<Anchor> anchors, Category category, SentenceEncoder encoder) {
        List<ThemeFinder.Target> targets = new ArrayList<>();
        for (Anchor anchor : anchors) {
            if (anchor.category() != category) {
                continue;
            }
            List<float[]> vectors = new ArrayList<>();
            ReplyVectors.of(anchor.members(), Anchor.Member::text, Anchor.Member::features, encoder)
                    .forEach(f -> vectors.add(f.vector()));
            if (vectors.isEmpty() && anchor.label() != null) {
                vectors.add(encoder.encode(anchor.label()).vector());
            }
            float[] centre = Vectors.centroid(vectors);
            if (centre != null) {
                targets.add(new ThemeFinder.Target(anchor, centre));
            }
        }
        return targets;
    }
}
