package org.commonground.bench.collation;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.commonground.adapter.embeddings.LuceneTermAnalyzer;
import org.commonground.core.collate.Collation;
import org.commonground.core.collate.CollationContext;
import org.commonground.core.collate.CollationInput;
import org.commonground.core.collate.EmbeddingCollator;
import org.commonground.core.collate.Placement;
import org.commonground.core.domain.Category;
import org.commonground.core.port.CollationMemory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The collator warm, as in a running bot: one new reply classified and placed (its vector computed
 * and judged against the exemplars), and a round of 1,000 replies collated from vectors stored at
 * intake.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlaceBenchmark {

    private EmbeddingCollator collator;
    private List<CollationInput> stored;
    private int next;

    @Setup
    public void load() {
        collator = new EmbeddingCollator(Models.sentenceEncoder(), new LuceneTermAnalyzer(), CollationMemory.NONE);
        List<CollationInput> fresh = GeneratedReplies.make(1000, 7);
        stored = fresh.stream().map(input -> new CollationInput(input.key(), input.text(), input.prior(), null,
                collator.place(input.text(), input.prior(), CollationContext.OFFLINE).features())).toList();
    }

    @Benchmark
    public Placement placeOneReply() {
        next = (next + 1) % stored.size();
        return collator.place(stored.get(next).text() + " " + next, Category.OBSTACLE, CollationContext.OFFLINE);
    }

    @Benchmark
    public Collation collateStoredRound() {
        return collator.collate(stored, CollationContext.OFFLINE);
    }
}
