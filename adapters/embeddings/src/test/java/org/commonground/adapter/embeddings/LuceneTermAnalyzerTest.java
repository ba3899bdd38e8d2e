package org.commonground.adapter.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonground.core.port.TermAnalyzer.Term;
import org.junit.jupiter.api.Test;

class LuceneTermAnalyzerTest {

    final LuceneTermAnalyzer analyzer = new LuceneTermAnalyzer();

    @Test
    void formsOfAWordMeetAndChatFillersAndEmojiAreLeftOut() {
        assertThat(analyzer.terms("The council’s forms!! tbh i dont get them 😅 form 42"))
                .extracting(Term::key).containsExactly("council", "form", "form");
        assertThat(analyzer.terms("Councillors’ meetings")).containsExactly(
                new Term("councillor", "councillors"), new Term("meet", "meetings"));
    }
}
