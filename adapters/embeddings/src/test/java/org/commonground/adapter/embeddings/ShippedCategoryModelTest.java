package org.commonground.adapter.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;

import org.commonground.core.collate.CategoryModel;
import org.commonground.core.collate.CollationSettings;
import org.commonground.core.testkit.CrossValidation;
import org.commonground.core.testkit.LabelledCorpus;
import org.junit.jupiter.api.Test;

/**
 * The category classifier that ships is the one its training gives from the exemplars and the
 * corpus's development part: a change to either, to the cues or to the settings that is not followed
 * by training it again (the bench's TrainCategoryModel) fails here.
 */
class ShippedCategoryModelTest {

    @Test
    void theShippedClassifierIsWhatTrainingGives() {
        CrossValidation validation = new CrossValidation(MiniLmSentenceEncoderTest.ENCODER, new LuceneTermAnalyzer(),
                CollationSettings.DEFAULT, LabelledCorpus.load());

        CategoryModel trained = CategoryModel.train(MiniLmSentenceEncoderTest.ENCODER.model(),
                validation.trainingSet(), CollationSettings.DEFAULT);

        assertThat(written(trained)).isEqualTo(written(CategoryModel.shipped()));
    }

    private static String written(CategoryModel model) {
        StringWriter out = new StringWriter();
        model.write(out);
        return out.toString();
    }
}
