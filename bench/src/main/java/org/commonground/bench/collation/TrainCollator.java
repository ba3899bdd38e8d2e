package org.commonground.bench.collation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.commonground.adapter.embeddings.LuceneTermAnalyzer;
import org.commonground.adapter.embeddings.MiniLmSentenceEncoder;
import org.commonground.core.collate.CategoryModel;
import org.commonground.core.collate.CollationSettings;
import org.commonground.core.testkit.CrossValidation;
import org.commonground.core.testkit.LabelledCorpus;

/**
 * Learns what the collator ships from the labelled corpus's development part: the category
 * classifier (with the team's exemplars) and the theme space, and writes them where the core reads
 * them. Run it from the project's root after changing the exemplars, the corpus, the cues or the
 * settings; a test checks that the shipped ones are what this gives.
 */
public final class TrainCollator {

    private static final Path SHIPPED = Path.of("bot-core", "src", "main", "resources", "org", "commonground",
            "core", "collate");

    private TrainCollator() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = args.length > 0 ? Path.of(args[0]) : SHIPPED;
        MiniLmSentenceEncoder encoder = Models.sentenceEncoder();
        CrossValidation validation = new CrossValidation(encoder, new LuceneTermAnalyzer(), CollationSettings.DEFAULT,
                LabelledCorpus.load());
        CategoryModel classifier = CategoryModel.train(encoder.model(), validation.trainingSet(),
                CollationSettings.DEFAULT);
        Path categories = directory.resolve("category-model.tsv");
        try (Writer out = Files.newBufferedWriter(categories, StandardCharsets.UTF_8)) {
            out.write("# The category classifier, written by the bench's TrainCollator from the exemplars and the\n"
                    + "# labelled corpus's development part. Do not edit: train it again.\n");
            classifier.write(out);
        }
        Path themes = directory.resolve("theme-space.bin");
        try (OutputStream out = Files.newOutputStream(themes)) {
            validation.themeSpace().write(out);
        }
        System.out.println("wrote " + categories + " and " + themes);
    }
}
