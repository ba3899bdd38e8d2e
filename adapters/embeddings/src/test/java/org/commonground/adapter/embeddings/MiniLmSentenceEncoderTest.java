package org.commonground.adapter.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.commonground.core.collate.Features;
import org.junit.jupiter.api.Test;

/** The real model, in-process: it ships in a jar, so the test needs no network. */
class MiniLmSentenceEncoderTest {

    static final MiniLmSentenceEncoder ENCODER = MiniLmSentenceEncoder.load(Path.of("target", "natives"));

    @Test
    void repliesSayingTheSameThingInOtherWordsAreCloserThanUnrelatedOnes() {
        float[] buses = ENCODER.encode("the buses stop at six so I can't get anywhere").vector();
        float[] transport = ENCODER.encode("no transport in the evenings").vector();
        float[] forms = ENCODER.encode("every form asks the same questions").vector();

        assertThat(dot(buses, transport)).isGreaterThan(dot(buses, forms) + 0.1);
    }

    @Test
    void vectorsHaveUnitLengthAndABatchGivesWhatSingleRepliesGive() {
        List<Features> batch = ENCODER.encodeAll(List.of("a stall at the summer fair", " ", "let's write to the paper"));
        Features single = ENCODER.encode("let's write to the paper");

        assertThat(batch).extracting(Features::model).containsOnly(MiniLmSentenceEncoder.MODEL);
        assertThat(dot(batch.get(0).vector(), batch.get(0).vector())).isCloseTo(1.0, within(1e-4));
        assertThat(batch.get(1).vector()).hasSize(384).containsOnly(0f);
        assertThat(dot(batch.get(2).vector(), single.vector())).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void aReplyLongerThanTheModelReadsAtOnceIsReadInWindows() {
        String meeting = "the minutes of every meeting should be sent out in easy read. ";
        float[] repeated = ENCODER.encode(meeting.repeat(80)).vector();
        float[] once = ENCODER.encode(meeting).vector();

        assertThat(dot(repeated, repeated)).isCloseTo(1.0, within(1e-4));
        assertThat(dot(repeated, once)).isGreaterThan(0.8);
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
