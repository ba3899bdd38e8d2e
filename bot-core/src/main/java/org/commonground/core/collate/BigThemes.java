package org.commonground.core.collate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Clustering with a second look at themes that grew too big. With hundreds of replies on one
 * subject (a town's consultation), everything is a little alike and average linkage at the usual
 * cut-off gathers a large share of them into one vague theme; such a theme is clustered again, each
 * time asking more likeness, until its parts are of a size a reader can take in.
 */
final class BigThemes {

    /** A theme may hold at most this share of the replies it was clustered from, or this many. */
    static final double LARGEST_SHARE = 0.125;
    static final int ALWAYS_ALLOWED = 12;
    static final double STEP = 0.05;
    static final double STRICTEST = 0.6;

    private BigThemes() {
    }

    /** @return groups of positions in {@code pairs}, largest first, ties in order of first member */
    static List<List<Integer>> split(PairSimilarity pairs, double cutoff) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            all.add(i);
        }
        return split(pairs, all, cutoff, Math.max(ALWAYS_ALLOWED, (int) (pairs.size() * LARGEST_SHARE)));
    }

    private static List<List<Integer>> split(PairSimilarity pairs, List<Integer> items, double cutoff, int largest) {
        List<List<Integer>> groups = new ArrayList<>();
        for (List<Integer> positions : ThemeGrouper.group(items.size(), pairs.among(items), cutoff)) {
            List<Integer> group = positions.stream().map(items::get).toList();
            if (group.size() <= largest || cutoff + STEP > STRICTEST) {
                groups.add(group);
            } else {
                groups.addAll(split(pairs, group, cutoff + STEP, largest));
            }
        }
        groups.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed().thenComparing(g -> g.get(0)));
        return groups;
    }
}
