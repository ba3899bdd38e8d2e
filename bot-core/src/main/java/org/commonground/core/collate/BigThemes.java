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

    /**
     * @param plain the same replies' vectors as the model gave them, and {@code least} the least plain
     *              similarity of two replies of one theme (see {@link ThemeGrouper#group})
     * @return groups of indexes into {@code vectors}, largest first, ties in order of first member
     */
    static List<List<Integer>> split(List<float[]> vectors, double cutoff, List<float[]> plain, double least) {
        return split(vectors, cutoff, plain, least, Math.max(ALWAYS_ALLOWED, (int) (vectors.size() * LARGEST_SHARE)));
    }

    private static List<List<Integer>> split(List<float[]> vectors, double cutoff, List<float[]> plain, double least,
                                             int largest) {
        List<List<Integer>> groups = new ArrayList<>();
        for (List<Integer> group : ThemeGrouper.group(vectors, cutoff, plain, least)) {
            if (group.size() <= largest || cutoff + STEP > STRICTEST) {
                groups.add(group);
                continue;
            }
            List<float[]> members = group.stream().map(vectors::get).toList();
            List<float[]> plainMembers = group.stream().map(plain::get).toList();
            for (List<Integer> part : split(members, cutoff + STEP, plainMembers, least, largest)) {
                groups.add(part.stream().map(group::get).sorted().toList());
            }
        }
        groups.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed().thenComparing(g -> g.get(0)));
        return groups;
    }
}
