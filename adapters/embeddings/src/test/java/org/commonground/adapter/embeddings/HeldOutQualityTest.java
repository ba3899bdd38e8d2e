package org.commonground.adapter.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonground.core.collate.EmbeddingCollator;
import org.commonground.core.port.CollationMemory;
import org.commonground.core.testkit.CollationQuality;
import org.commonground.core.testkit.LabelledCorpus;
import org.junit.jupiter.api.Test;

/**
 * The collator as shipped, on the held-out part of the team's labelled corpus: a guard against
 * changes that make it worse. The floors sit just under the figures docs/collation.md reports.
 */
class HeldOutQualityTest {

    @Test
    void theCollatorKeepsItsMeasuredAgreementWithTheFacilitator() {
        EmbeddingCollator collator = new EmbeddingCollator(MiniLmSentenceEncoderTest.ENCODER, new LuceneTermAnalyzer(),
                CollationMemory.NONE);

        CollationQuality.Report report = CollationQuality.measure(collator,
                LabelledCorpus.load().sessions(LabelledCorpus.HELD_OUT));

        assertThat(report.replies()).isGreaterThan(150);
        assertThat(report.withPrompt()).isGreaterThanOrEqualTo(0.93);
        assertThat(report.withoutPrompt()).isGreaterThanOrEqualTo(0.74);
        assertThat(report.themes()).isGreaterThanOrEqualTo(0.22);
    }
}
