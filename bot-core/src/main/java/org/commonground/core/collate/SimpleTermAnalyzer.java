package org.commonground.core.collate;

import java.util.List;

import org.commonground.core.port.TermAnalyzer;

/** Terms by the core's own small stop list and rough stemmer; for when no real analyzer is wired. */
public final class SimpleTermAnalyzer implements TermAnalyzer {

    @Override
    public List<Term> terms(String text) {
        return TextTerms.words(text).stream()
                .filter(word -> !TextTerms.stems(word).isEmpty())
                .map(word -> new Term(TextTerms.stem(word), word))
                .toList();
    }
}
