package org.commonground.core.exchange;

import java.nio.file.Path;
import java.util.List;

import org.commonground.core.collate.Collation;
import org.commonground.core.collate.CollationContext;
import org.commonground.core.collate.CollationInput;
import org.commonground.core.port.Collator;

/**
 * Collates replies from a file into a JSON file, offline: nothing is stored, nothing is posted.
 */
public final class CollateFileService {

    private final ReplyFileReader reader;
    private final ExchangeWriter writer;
    private final Collator collator;

    public CollateFileService(ReplyFileReader reader, ExchangeWriter writer, Collator collator) {
        this.reader = reader;
        this.writer = writer;
        this.collator = collator;
    }

    /** What a collation of a file found. */
    public record Collated(int replies, int themes) {
    }

    public Collated collate(Path in, Path out) {
        List<ReplyRow> rows = reader.read(in);
        List<CollationInput> inputs = rows.stream()
                .map(row -> new CollationInput(row.id(), row.text(), PromptCategory.guess(row.prompt()),
                        row.category(), null))
                .toList();
        Collation collation = collator.collate(inputs, CollationContext.OFFLINE);
        writer.writeCollation(out, rows, collation);
        return new Collated(rows.size(), collation.themes().size());
    }
}
