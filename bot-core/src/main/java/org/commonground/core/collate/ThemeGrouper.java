package org.commonground.core.collate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Average-linkage agglomerative clustering on a similarity with a cut-off, by the
 * nearest-neighbour chain algorithm (quadratic time; average linkage is reducible, so the result is
 * the same as merging the closest pair again and again). Deterministic for the same input.
 */
final class ThemeGrouper {

    private ThemeGrouper() {
    }

    /** The similarities of each of the items being grouped to the items after it. */
    @FunctionalInterface
    interface Rows {
        /** Sets {@code row[j]}, for every {@code j > i}, to the similarity of items {@code i} and {@code j}. */
        void fill(int i, float[] row);
    }

    /**
     * Groups {@code n} items.
     *
     * @param cutoff the least average similarity at which two groups merge
     * @return groups of positions, largest first, ties in order of first member
     */
    static List<List<Integer>> group(int n, Rows rows, double cutoff) {
        float[][] sim = new float[n][];
        // rows in parallel, since this is the quadratic part; each fills its own upper half
        IntStream.range(0, n).parallel().forEach(i -> {
            sim[i] = new float[n];
            rows.fill(i, sim[i]);
        });
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sim[j][i] = sim[i][j];
            }
        }
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>(List.of(i)));
        }
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        int activeCount = n;
        List<List<Integer>> done = new ArrayList<>();
        Deque<Integer> chain = new ArrayDeque<>();
        while (activeCount > 0) {
            if (chain.isEmpty()) {
                chain.push(firstActive(active));
            }
            int a = chain.peek();
            int b = nearest(a, sim, active);
            if (b < 0) {
                chain.pop();
                active[a] = false;
                activeCount--;
                done.add(members.get(a));
                continue;
            }
            Integer previous = chain.size() > 1 ? secondOf(chain) : null;
            if (previous != null && sim[a][previous] >= sim[a][b]) {
                b = previous;
            }
            if (previous == null || b != previous) {
                chain.push(b);
                continue;
            }
            chain.pop();
            chain.pop();
            if (sim[a][b] < cutoff) {
                active[a] = active[b] = false;
                activeCount -= 2;
                done.add(members.get(a));
                done.add(members.get(b));
                continue;
            }
            merge(a, b, sim, active, members);
            active[b] = false;
            activeCount--;
        }
        done.forEach(group -> group.sort(Integer::compare));
        done.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed().thenComparing(g -> g.get(0)));
        return done;
    }

    private static void merge(int a, int b, float[][] sim, boolean[] active, List<List<Integer>> members) {
        int sizeA = members.get(a).size();
        int sizeB = members.get(b).size();
        for (int k = 0; k < sim.length; k++) {
            if (active[k] && k != a && k != b) {
                float merged = (sizeA * sim[a][k] + sizeB * sim[b][k]) / (sizeA + sizeB);
                sim[a][k] = sim[k][a] = merged;
            }
        }
        members.get(a).addAll(members.get(b));
    }

    private static int nearest(int a, float[][] sim, boolean[] active) {
        int best = -1;
        for (int k = 0; k < sim.length; k++) {
            if (k != a && active[k] && (best < 0 || sim[a][k] > sim[a][best])) {
                best = k;
            }
        }
        return best;
    }

    private static int secondOf(Deque<Integer> chain) {
        var iterator = chain.iterator();
        iterator.next();
        return iterator.next();
    }

    private static int firstActive(boolean[] active) {
        for (int i = 0; i < active.length; i++) {
            if (active[i]) {
                return i;
            }
        }
        throw new IllegalStateException("no active item");
    }
}
