package org.commonground.bench.collation;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.commonground.adapter.embeddings.LuceneTermAnalyzer;
import org.commonground.core.collate.CollationSettings;
import org.commonground.core.collate.EmbeddingCollator;
import org.commonground.core.collate.LexicalEncoder;
import org.commonground.core.port.CollationMemory;
import org.commonground.core.port.SentenceEncoder;
import org.commonground.core.testkit.CollationQuality;
import org.commonground.core.testkit.CrossValidation;
import org.commonground.core.testkit.LabelledCorpus;

/**
 * Prints how the collator agrees with the labelled corpus: category accuracy with and without the
 * prompt, per-category precision and recall, and theme agreement (adjusted Rand index), of the
 * shipped collator on each part of the corpus. {@code --cross-validate} judges the development part
 * instead by leaving out one session at a time, one network at a time, and one part (one writer) at
 * a time, each time with a classifier and theme space learnt without it; {@code --themes-by-writer
 * 0.05 0.1} judges the grouping alone at each cut-off named, each writer's part left out of the
 * theme space; {@code --lexical} measures the fallback.
 */
public final class QualityReport {

    private QualityReport() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> options = List.of(args);
        SentenceEncoder encoder = options.contains("--lexical") ? new LexicalEncoder() : Models.sentenceEncoder();
        LabelledCorpus corpus = LabelledCorpus.load();
        out.println("Collation quality, " + encoder.model());
        if (options.contains("--themes-by-writer")) {
            for (String cutoff : options.stream().filter(option -> !option.startsWith("--")).toList()) {
                CollationSettings settings = CollationSettings.DEFAULT.withThemeSimilarity(Double.parseDouble(cutoff));
                Map<String, Double> byPart = new CrossValidation(encoder, new LuceneTermAnalyzer(), settings, corpus)
                        .themesByPart();
                out.printf("%ncut-off %s, the facilitator's categories given, each part left out of the theme space%n",
                        cutoff);
                byPart.forEach((part, agreement) -> out.printf("%-8s themes %.3f%n", part, agreement));
                out.printf("blind parts' mean %.3f%n", byPart.entrySet().stream()
                        .filter(e -> e.getKey().startsWith("blind")).mapToDouble(Map.Entry::getValue).average()
                        .orElse(0));
            }
            return;
        }
        if (options.contains("--cross-validate")) {
            CrossValidation validation = new CrossValidation(encoder, new LuceneTermAnalyzer(),
                    CollationSettings.DEFAULT, corpus);
            out.printf("%ndevelopment part, leaving out one session at a time%n%s%n",
                    validation.leaveOneOut(LabelledCorpus.Reply::session).describe());
            out.printf("%ndevelopment part, leaving out one network at a time%n%s%n",
                    validation.leaveOneOut(LabelledCorpus.Reply::network).describe());
            out.printf("%ndevelopment part, leaving out one part (one writer) at a time%n");
            validation.eachLeftOut(LabelledCorpus.Reply::part).forEach((part, report) -> out.printf(
                    "%-8s %4d replies, with the prompt %.3f, without %.3f, themes %.3f%n", part, report.replies(),
                    report.withPrompt(), report.withoutPrompt(), report.themes()));
            return;
        }
        EmbeddingCollator collator = new EmbeddingCollator(encoder, new LuceneTermAnalyzer(), CollationMemory.NONE);
        for (String part : new String[] {LabelledCorpus.DEVELOPMENT, LabelledCorpus.HELD_OUT}) {
            if (!corpus.part(part).isEmpty()) {
                out.printf("%n%s part, shipped collator%n%s%n", part,
                        CollationQuality.measure(collator, corpus.sessions(part)).describe());
            }
        }
    }
}
