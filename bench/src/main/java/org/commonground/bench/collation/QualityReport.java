package org.commonground.bench.collation;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.commonground.core.collate.EmbeddingCollator;
import org.commonground.core.collate.LexicalEncoder;
import org.commonground.core.port.CollationMemory;
import org.commonground.core.port.SentenceEncoder;
import org.commonground.core.testkit.CollationQuality;
import org.commonground.core.testkit.LabelledCorpus;
import org.commonground.adapter.embeddings.LuceneTermAnalyzer;

/**
 * Prints how the collator agrees with the team's labelled corpus: category accuracy with and
 * without the prompt, per-category precision and recall, and theme agreement (adjusted Rand index),
 * on the development part and on the held-out part. {@code --lexical} measures the fallback instead.
 */
public final class QualityReport {

    private QualityReport() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean lexical = args.length > 0 && args[0].equals("--lexical");
        SentenceEncoder encoder = lexical ? new LexicalEncoder() : Models.sentenceEncoder();
        EmbeddingCollator collator = new EmbeddingCollator(encoder, new LuceneTermAnalyzer(), CollationMemory.NONE);
        LabelledCorpus corpus = LabelledCorpus.load();
        out.println("Collation quality, " + encoder.model());
        for (String part : new String[] {LabelledCorpus.DEVELOPMENT, LabelledCorpus.HELD_OUT}) {
            out.println();
            out.println(part + " part");
            out.println(CollationQuality.measure(collator, corpus.sessions(part)).describe());
        }
    }
}
