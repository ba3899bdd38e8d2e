package org.commonground.bench.collation;

import java.io.IOException;
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
 * Trains the category classifier that ships, on the team's exemplars and every reply of the corpus's
 * development part, and writes it where the core reads it. Run it from the project's root after
 * changing the exemplars, the corpus, the cues or the settings; a test checks that the shipped one
 * is what this gives.
 */
public final class TrainCategoryModel {

    static final Path SHIPPED = Path.of("bot-core", "src", "main", "resources", "org", "commonground", "core",
            "collate", "category-model.tsv");

    private TrainCategoryModel() {
    }

    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : SHIPPED;
        MiniLmSentenceEncoder encoder = Models.sentenceEncoder();
        CrossValidation validation = new CrossValidation(encoder, new LuceneTermAnalyzer(), CollationSettings.DEFAULT,
                LabelledCorpus.load());
        CategoryModel model = CategoryModel.train(encoder.model(), validation.trainingSet(), CollationSettings.DEFAULT);
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write("# The category classifier, written by the bench's TrainCategoryModel from the exemplars and the\n"
                    + "# labelled corpus's development part. Do not edit: train it again.\n");
            model.write(out);
        }
        System.out.println("wrote " + target);
    }
}
