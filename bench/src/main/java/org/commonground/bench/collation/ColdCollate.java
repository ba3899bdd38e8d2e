package org.commonground.bench.collation;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.commonground.adapter.embeddings.LuceneTermAnalyzer;
import org.commonground.adapter.embeddings.MiniLmSentenceEncoder;
import org.commonground.core.collate.Collation;
import org.commonground.core.collate.CollationContext;
import org.commonground.core.collate.CollationInput;
import org.commonground.core.collate.EmbeddingCollator;
import org.commonground.core.collate.Features;
import org.commonground.core.port.CollationMemory;

/**
 * A load driver for what JMH cannot show: a fresh JVM collates N generated replies, computing every
 * vector, and reports the time since the JVM started (so the model load and class loading count),
 * the collation's own time, and the heap's peak use. Run it in its own JVM for each N.
 */
public final class ColdCollate {

    private ColdCollate() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        List<CollationInput> inputs = GeneratedReplies.make(count, 42);
        long start = System.nanoTime();
        MiniLmSentenceEncoder encoder = Models.sentenceEncoder();
        EmbeddingCollator collator = new EmbeddingCollator(encoder, new LuceneTermAnalyzer(), CollationMemory.NONE);
        long loaded = System.nanoTime();
        // what intake does reply by reply, done here as one batch: each reply's vector
        List<Features> features = encoder.encodeAll(inputs.stream().map(CollationInput::text).toList());
        List<CollationInput> stored = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            CollationInput input = inputs.get(i);
            stored.add(new CollationInput(input.key(), input.text(), input.prior(), null, features.get(i)));
        }
        long encoded = System.nanoTime();
        Collation collation = collator.collate(stored, CollationContext.OFFLINE);
        long done = System.nanoTime();
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        double words = inputs.stream().mapToInt(i -> i.text().split("\\s+").length).average().orElse(0);
        out.printf("replies %d (%.1f words on average), themes %d, cores %d, max heap %d MB%n", count, words,
                collation.themes().size(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf("from JVM start to themes: %d ms (model load %d ms, vectors %d ms, categories and themes %d ms)%n",
                sinceJvmStart, (loaded - start) / 1_000_000, (encoded - loaded) / 1_000_000, (done - encoded) / 1_000_000);
        out.printf("peak heap used: %d MB%n", peakHeap() >> 20);
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
