package org.commonground.adapter.embeddings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The quantized all-MiniLM-L6-v2 from its jar, in an ONNX session that runs each reply on one
 * thread without spin-waiting. A reply is a dozen tokens: splitting one inference over cores costs
 * more than it saves, and spinning threads burn a shared machine's cores while they wait, about
 * doubling the CPU time per reply. A batch is spread over one thread per core instead.
 */
final class SingleThreadedMiniLm extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    SingleThreadedMiniLm() {
        super(batchThreads());
        try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            encoder = new OnnxBertBiEncoder(environment, environment.createSession(model.readAllBytes(), options),
                    tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException("The model in its jar could not be read", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not open the model", e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    private static InputStream resource(String name) {
        InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the classpath");
        }
        return in;
    }

    /** Daemon threads, so that a one-off command that collated still exits. */
    private static ExecutorService batchThreads() {
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "sentence-encoder");
            thread.setDaemon(true);
            return thread;
        });
    }
}
