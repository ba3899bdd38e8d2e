package org.commonground.bench.collation;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.commonground.adapter.embeddings.LuceneTermAnalyzer;
import org.commonground.adapter.files.CsvReplyFileReader;
import org.commonground.core.collate.Collation;
import org.commonground.core.collate.CollationContext;
import org.commonground.core.collate.CollationInput;
import org.commonground.core.collate.EmbeddingCollator;
import org.commonground.core.domain.Category;
import org.commonground.core.exchange.ReplyRow;
import org.commonground.core.port.CollationMemory;

/**
 * Collates every Polis {@code comments.csv} under a folder (read where it is, never copied), as the
 * offline {@code collate} command does, and prints each file's time and its largest themes per
 * heading, so a reader can judge whether they are recognisable.
 */
public final class PolisCollate {

    private static final int THEMES_SHOWN = 6;

    private PolisCollate() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/data/polis");
        EmbeddingCollator collator = new EmbeddingCollator(Models.sentenceEncoder(), new LuceneTermAnalyzer(),
                CollationMemory.NONE);
        List<Path> files;
        try (Stream<Path> found = Files.walk(folder)) {
            files = found.filter(p -> p.getFileName().toString().equals("comments.csv")).sorted().toList();
        }
        for (Path file : files) {
            List<ReplyRow> rows = new CsvReplyFileReader().read(file);
            List<CollationInput> inputs = rows.stream()
                    .map(row -> new CollationInput(row.id(), row.text(), null, null, null)).toList();
            long start = System.nanoTime();
            Collation collation = collator.collate(inputs, CollationContext.OFFLINE);
            long millis = (System.nanoTime() - start) / 1_000_000;
            out.printf("%n%s: %d comments, %d themes, %d ms%n", folder.relativize(file.getParent()), rows.size(),
                    collation.themes().size(), millis);
            for (Category category : Category.values()) {
                List<Collation.ThemeDraft> themes = collation.themes().stream()
                        .filter(t -> t.category() == category && t.keys().size() > 1).limit(THEMES_SHOWN).toList();
                long placed = collation.placed().stream().filter(p -> p.category() == category).count();
                out.printf("  %s (%d)%n", category.heading(), placed);
                for (Collation.ThemeDraft theme : themes) {
                    String quote = rows.stream().filter(r -> r.id().equals(theme.quoteKey())).findFirst()
                            .map(ReplyRow::text).orElse("");
                    out.printf("    %-34s %3d  “%s”%n", theme.label(), theme.keys().size(), shorten(quote, 90));
                }
            }
        }
    }

    private static String shorten(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}
