package org.commonground.adapter.embeddings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.commonground.core.collate.Features;
import org.commonground.core.port.SentenceEncoder;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * Sentence vectors from all-MiniLM-L6-v2, quantized to 8 bits, run in-process by ONNX Runtime. The
 * model and its tokenizer ship inside a Maven Central jar, so nothing is fetched at run time; 384
 * values per reply, a millisecond or two of one core each.
 *
 * <p>Two native libraries are unpacked on first load: ONNX Runtime's into {@code java.io.tmpdir}
 * (removed when the process ends) and the tokenizer's into DJL's cache directory, which
 * {@link #load} points at a directory the application can write unless {@code DJL_CACHE_DIR} is
 * already set.
 */
public final class MiniLmSentenceEncoder implements SentenceEncoder {

    /** The model name stored with the vectors: the model, its quantization and the jar that ships it. */
    public static final String MODEL = "all-minilm-l6-v2-q/langchain4j-embeddings-1.19.0-beta29";
    static final int DIMENSIONS = 384;

    private final EmbeddingModel model;

    private MiniLmSentenceEncoder(EmbeddingModel model) {
        this.model = model;
    }

    /**
     * Loads the model (about half a second).
     *
     * @param nativeCache a writable directory for the tokenizer's native library
     * @throws RuntimeException or {@link LinkageError} when the native runtime cannot load here
     */
    public static MiniLmSentenceEncoder load(Path nativeCache) {
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", nativeCache.toAbsolutePath().toString());
        }
        return new MiniLmSentenceEncoder(new SingleThreadedMiniLm());
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Features encode(String text) {
        if (text.isBlank()) {
            return new Features(MODEL, new float[DIMENSIONS]);
        }
        return features(model.embed(text).content());
    }

    @Override
    public List<Features> encodeAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().filter(t -> !t.isBlank()).map(TextSegment::from).toList();
        List<Embedding> embedded = segments.isEmpty() ? List.of() : model.embedAll(segments).content();
        List<Features> features = new ArrayList<>(texts.size());
        int next = 0;
        for (String text : texts) {
            features.add(text.isBlank() ? new Features(MODEL, new float[DIMENSIONS]) : features(embedded.get(next++)));
        }
        return features;
    }

    private static Features features(Embedding embedding) {
        float[] vector = embedding.vector();
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return new Features(MODEL, unit);
    }
}
