package org.commonground.adapter.embeddings;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import org.commonground.core.collate.Features;
import org.commonground.core.port.SentenceEncoder;

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
    /** One worker per core for batches; its threads are daemons, so a one-off command still exits. */
    private static final ForkJoinPool BATCHES = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    private final MiniLmSession model;

    private MiniLmSentenceEncoder(MiniLmSession model) {
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
        return new MiniLmSentenceEncoder(new MiniLmSession());
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Features encode(String text) {
        return new Features(MODEL, text.isBlank() ? new float[MiniLmSession.DIMENSIONS] : model.embed(text));
    }

    /** The batch spread over one thread per core, each reply still one inference of its own. */
    @Override
    public List<Features> encodeAll(List<String> texts) {
        return BATCHES.submit(() -> texts.parallelStream().map(this::encode).toList()).join();
    }
}
