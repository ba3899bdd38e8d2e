package org.commonground.adapter.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;

import org.commonground.core.collate.CategoryModel;
import org.commonground.core.collate.CollationSettings;
import org.commonground.core.collate.ThemeSpace;
import org.commonground.core.testkit.CrossValidation;
import org.commonground.core.testkit.LabelledCorpus;
import org.junit.jupiter.api.Test;

/**
 * The category classifier and the theme space that ship are what learning gives from the exemplars
 * and the corpus's development part: a change to either, to the cues or to the settings that is not
 * followed by training again (the bench's TrainCollator) fails here.
 */
class ShippedCollatorTest {

    static final CrossValidation VALIDATION = new CrossValidation(MiniLmSentenceEncoderTest.ENCODER,
            new LuceneTermAnalyzer(), CollationSettings.DEFAULT, LabelledCorpus.load());

    @Test
    void theShippedClassifierIsWhatTrainingGives() {
        CategoryModel trained = CategoryModel.train(MiniLmSentenceEncoderTest.ENCODER.model(),
                VALIDATION.trainingSet(), CollationSettings.DEFAULT);

        assertThat(written(trained)).isEqualTo(written(CategoryModel.shipped()));
    }

    @Test
    void theShippedThemeSpaceIsWhatLearningGives() throws IOException {
        assertThat(written(VALIDATION.themeSpace())).isEqualTo(written(ThemeSpace.shipped()));
    }

    private static String written(CategoryModel model) {
        StringWriter out = new StringWriter();
        model.write(out);
        return out.toString();
    }

    private static byte[] written(ThemeSpace space) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        space.write(out);
        return out.toByteArray();
    }
}
