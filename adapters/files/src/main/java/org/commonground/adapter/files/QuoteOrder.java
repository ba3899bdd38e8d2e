package org.commonground.adapter.files;

import java.util.ArrayList;
import java.util.List;

/** The order a theme's replies are quoted in: its quote first, then the others, most representative first. */
final class QuoteOrder {

    private QuoteOrder() {
    }

    static <T> List<T> of(T quote, List<T> mostRepresentativeFirst) {
        List<T> ordered = new ArrayList<>(mostRepresentativeFirst.size() + 1);
        ordered.add(quote);
        mostRepresentativeFirst.stream().filter(key -> !key.equals(quote)).forEach(ordered::add);
        return ordered;
    }
}
