package org.commonground.adapter.embeddings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The quantized all-MiniLM-L6-v2 and its tokenizer, read from the jar that ships them, run in an
 * ONNX session of our own: a reply is tokenized once and its output mean-pooled straight from the
 * tensor. (The jar's own encoder tokenizes each text three times and copies the output into nested
 * arrays, about a sixth of the time per reply.) Each inference runs on one thread without spin-waiting: a
 * reply is a dozen tokens, so splitting one over cores costs more than it saves, and spinning
 * threads burn a shared machine's cores while they wait. Safe for concurrent use.
 */
final class MiniLmSession {

    static final int DIMENSIONS = 384;
    /** The model reads at most 512 positions: the text's tokens in windows of 510, plus the two markers. */
    private static final int WINDOW = 510;
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final long start;
    private final long end;

    /** Loads the tokenizer on a second thread while the model loads: each takes a few tenths of a second. */
    MiniLmSession() {
        CompletableFuture<HuggingFaceTokenizer> vocabulary = CompletableFuture.supplyAsync(MiniLmSession::tokenizer);
        try (InputStream model = resource(MODEL); OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            session = environment.createSession(model.readAllBytes(), options);
            tokenizer = vocabulary.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause();
        } catch (IOException e) {
            throw new UncheckedIOException("The model in its jar could not be read", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not open the model", e);
        }
        long[] markers = tokenizer.encode("", true, false).getIds();
        start = markers[0];
        end = markers[markers.length - 1];
    }

    /**
     * The text's vector at unit length: the mean of the model's output over each window's positions,
     * windows weighted by their length. A text with no tokens gets all zeros.
     */
    float[] embed(String text) {
        long[] tokens = tokenizer.encode(text, false, false).getIds();
        float[] sum = new float[DIMENSIONS];
        for (int from = 0; from < tokens.length; from += WINDOW) {
            long[] window = Arrays.copyOfRange(tokens, from, Math.min(tokens.length, from + WINDOW));
            addOutputs(window, sum);
        }
        return unit(sum);
    }

    /** Adds up the model's output at every position of one window, markers included. */
    private void addOutputs(long[] window, float[] sum) {
        int length = window.length + 2;
        long[] ids = new long[length];
        ids[0] = start;
        System.arraycopy(window, 0, ids, 1, window.length);
        ids[length - 1] = end;
        long[] ones = new long[length];
        Arrays.fill(ones, 1);
        long[] shape = {1, length};
        try (OnnxTensor input = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor mask = OnnxTensor.createTensor(environment, LongBuffer.wrap(ones), shape);
             OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[length]), shape);
             OrtSession.Result result = session.run(
                     Map.of("input_ids", input, "attention_mask", mask, "token_type_ids", types))) {
            FloatBuffer output = ((OnnxTensor) result.get(0)).getFloatBuffer();
            for (int position = 0; position < length; position++) {
                for (int d = 0; d < DIMENSIONS; d++) {
                    sum[d] += output.get(position * DIMENSIONS + d);
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed on a text of " + length + " tokens", e);
        }
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float value : v) {
            norm += value * value;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < v.length; d++) {
            v[d] *= scale;
        }
        return v;
    }

    private static HuggingFaceTokenizer tokenizer() {
        try (InputStream in = resource(TOKENIZER)) {
            return HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("The tokenizer in its jar could not be read", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the classpath");
        }
        return in;
    }
}
