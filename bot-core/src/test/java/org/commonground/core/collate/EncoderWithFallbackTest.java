package org.commonground.core.collate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.commonground.core.port.SentenceEncoder;
import org.junit.jupiter.api.Test;

class EncoderWithFallbackTest {

    final LexicalEncoder lexical = new LexicalEncoder();
    final AtomicInteger loads = new AtomicInteger();

    @Test
    void aModelThatCannotLoadIsTriedOnceAndTheFallbackServes() {
        EncoderWithFallback encoder = new EncoderWithFallback(() -> {
            loads.incrementAndGet();
            throw new UnsatisfiedLinkError("no onnxruntime for this platform");
        }, lexical);

        assertThat(encoder.encode("buses").model()).isEqualTo(LexicalEncoder.MODEL);
        assertThat(encoder.encodeAll(List.of("a", "b"))).extracting(Features::model)
                .containsOnly(LexicalEncoder.MODEL);
        assertThat(encoder.model()).isEqualTo(LexicalEncoder.MODEL);
        assertThat(loads).hasValue(1);
    }

    @Test
    void theModelIsLoadedOnFirstUseOnly() {
        EncoderWithFallback encoder = new EncoderWithFallback(() -> {
            loads.incrementAndGet();
            return new Fixed("model-a", 0);
        }, lexical);
        assertThat(loads).hasValue(0);

        encoder.encode("x");
        encoder.encode("y");

        assertThat(encoder.model()).isEqualTo("model-a");
        assertThat(loads).hasValue(1);
    }

    @Test
    void aModelThatFailsPartWayGivesWayAndTheWholeBatchIsEncodedAgain() {
        EncoderWithFallback encoder = new EncoderWithFallback(() -> new Fixed("model-a", 1), lexical);

        List<Features> batch = encoder.encodeAll(List.of("one", "two", "three"));

        assertThat(batch).extracting(Features::model).containsOnly(LexicalEncoder.MODEL);
        assertThat(encoder.model()).isEqualTo(LexicalEncoder.MODEL);
    }

    /** A model that answers, then fails after a number of texts. */
    static final class Fixed implements SentenceEncoder {
        private final String name;
        private final int failAfter;
        private int seen;

        Fixed(String name, int failAfter) {
            this.name = name;
            this.failAfter = failAfter > 0 ? failAfter : Integer.MAX_VALUE;
        }

        @Override
        public String model() {
            return name;
        }

        @Override
        public Features encode(String text) {
            if (++seen > failAfter) {
                throw new IllegalStateException("the session was closed");
            }
            return new Features(name, new float[] {1f});
        }
    }
}
