package org.commonground.core.testkit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The adjusted Rand index of two partitions of the same items (Hubert and Arabie): 1 when they
 * agree exactly, about 0 when they agree no more than chance would, below 0 when less.
 */
public final class AdjustedRand {

    private AdjustedRand() {
    }

    /** @param a each item's group in one partition; {@code b} the same items' groups in the other */
    public static double index(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("Both partitions must cover the same items.");
        }
        Map<String, Integer> cells = new HashMap<>();
        Map<String, Integer> rows = new HashMap<>();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            cells.merge(a.get(i) + "\u0000" + b.get(i), 1, Integer::sum);
            rows.merge(a.get(i), 1, Integer::sum);
            columns.merge(b.get(i), 1, Integer::sum);
        }
        double index = pairs(cells);
        double rowPairs = pairs(rows);
        double columnPairs = pairs(columns);
        double expected = rowPairs * columnPairs / choose2(a.size());
        double maximum = (rowPairs + columnPairs) / 2;
        return maximum == expected ? 1.0 : (index - expected) / (maximum - expected);
    }

    private static double pairs(Map<String, Integer> counts) {
        return counts.values().stream().mapToDouble(AdjustedRand::choose2).sum();
    }

    private static double choose2(int n) {
        return n * (n - 1) / 2.0;
    }
}
