package org.commonground.bench.telegram;

import java.util.Locale;

/**
 * How fast replies from a Telegram group are taken in: stored and classified through the real
 * client, adapter, core and H2, beside the client's own ceiling (a consumer that does nothing).
 * The fake Telegram runs in the same JVM, sharing its cores.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.commonground.bench.telegram.TelegramIngestBenchmark [replies] [rounds]</pre>
 */
public final class TelegramIngestBenchmark {

    private TelegramIngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int replies = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        CeilingRun.run(replies / 10);
        StoredRun.run(replies / 10);
        for (int i = 1; i <= rounds; i++) {
            double ceiling = CeilingRun.run(replies);
            double stored = StoredRun.run(replies);
            System.out.printf(Locale.ROOT, "run %d: %d replies; ceiling %.0f/s; stored and classified %.0f/s; "
                    + "ratio %.2f%n", i, replies, ceiling, stored, stored / ceiling);
        }
    }
}
