package org.commonground.core.collate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.commonground.core.domain.Category;

/**
 * Groups the replies of one category into themes, most trusted evidence first: a reply a convenor
 * pinned goes to its theme; a reply close to a convenor's theme joins it; a "who to persuade" reply
 * naming an audience joins the audience it names first; the rest are clustered by meaning (average
 * linkage on their vectors in the theme space less what they have in common, with a similarity
 * cut-off). A reply like no other stays a theme of one.
 */
final class ThemeFinder {

    /**
     * A theme before it is named.
     *
     * @param members indexes into the collation's replies
     * @param label   a name people gave it, or {@code null} to name it from its replies
     */
    record Group(List<Integer> members, String label) {
    }

    /** A convenor's theme with the direction its replies point in, or {@code null} if unknown. */
    record Target(Anchor anchor, float[] centre) {
    }

    private final CollationSettings settings;

    ThemeFinder(CollationSettings settings) {
        this.settings = settings;
    }

    /**
     * @param items   indexes of the category's replies
     * @param vectors every reply's vector, by index
     * @param pinned  the anchor each pinned reply belongs to, by index
     * @param toThemes moves a vector into the space where replies are clustered
     */
    List<Group> group(Category category, List<Integer> items, List<float[]> vectors, List<String> texts,
                      Map<Integer, Anchor> pinned, List<Target> anchors, UnaryOperator<float[]> toThemes) {
        Map<Object, List<Integer>> fixed = new LinkedHashMap<>();
        Map<Object, String> labels = new HashMap<>();
        List<Integer> loose = new ArrayList<>();
        for (int item : items) {
            Anchor anchor = pinned.containsKey(item) ? pinned.get(item) : nearest(vectors.get(item), anchors);
            if (anchor != null) {
                fixed.computeIfAbsent(anchor.id(), id -> new ArrayList<>()).add(item);
                labels.put(anchor.id(), anchor.label());
            } else {
                loose.add(item);
            }
        }
        if (category == Category.TARGET) {
            loose = byAudience(loose, texts, fixed, labels);
        }
        List<Group> groups = new ArrayList<>();
        fixed.forEach((key, members) -> groups.add(new Group(members, labels.get(key))));
        // in parallel, since each move is a matrix product
        List<float[]> moved = loose.parallelStream().map(vectors::get).map(toThemes).toList();
        PairSimilarity pairs = new PairSimilarity(moved, settings.leastSimilarity());
        for (List<Integer> cluster : BigThemes.split(pairs, settings.themeSimilarity())) {
            List<Integer> members = new ArrayList<>();
            for (int position : cluster) {
                members.add(loose.get(position));
            }
            groups.add(new Group(members, null));
        }
        return withFollowUps(groups, items, loose, vectors, texts);
    }

    /** Moves each clustered reply that opens by agreeing ("+1", "same here") into the theme of the reply it agrees with. */
    private static List<Group> withFollowUps(List<Group> groups, List<Integer> items, List<Integer> loose,
                                             List<float[]> vectors, List<String> texts) {
        Map<Integer, Group> groupOf = new HashMap<>();
        groups.forEach(group -> group.members().forEach(member -> groupOf.put(member, group)));
        Set<Integer> clustered = new HashSet<>(loose);
        for (int at = 1; at < items.size(); at++) {
            int item = items.get(at);
            if (FollowUps.agrees(texts.get(item)) && clustered.contains(item)) {
                Group to = groupOf.get(FollowUps.agreedWith(items, at, vectors));
                Group from = groupOf.get(item);
                if (to != from) {
                    from.members().remove(Integer.valueOf(item));
                    to.members().add(item);
                    groupOf.put(item, to);
                }
            }
        }
        groups.removeIf(group -> group.members().isEmpty());
        return groups;
    }

    private Anchor nearest(float[] vector, List<Target> anchors) {
        Anchor best = null;
        double bestSimilarity = settings.anchorSimilarity();
        for (Target target : anchors) {
            if (target.centre().length != vector.length) {
                continue;
            }
            double similarity = Vectors.dot(vector, target.centre());
            if (similarity >= bestSimilarity) {
                best = target.anchor();
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    /**
     * Puts replies naming an audience with the audience they name first: "families of residents" are
     * families, "people in the town who think this is a care home" are the public.
     */
    private static List<Integer> byAudience(List<Integer> loose, List<String> texts, Map<Object, List<Integer>> fixed,
                                            Map<Object, String> labels) {
        List<Integer> rest = new ArrayList<>();
        for (int item : loose) {
            List<String> audiences = Audiences.named(texts.get(item));
            if (audiences.isEmpty()) {
                rest.add(item);
            } else {
                fixed.computeIfAbsent(audiences.get(0), a -> new ArrayList<>()).add(item);
                labels.put(audiences.get(0), audiences.get(0));
            }
        }
        return rest;
    }
}
