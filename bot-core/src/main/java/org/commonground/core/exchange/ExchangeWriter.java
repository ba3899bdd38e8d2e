package org.commonground.core.exchange;

import java.nio.file.Path;
import java.util.List;

import org.commonground.core.collate.Collation;

/** Writes the files a convenor takes away. */
public interface ExchangeWriter {

    /**
     * Writes a collation as the contract's JSON: {@code contributions} (one per row, in row order)
     * and {@code themes}. Replaces the file only once it is complete.
     */
    void writeCollation(Path out, List<ReplyRow> rows, Collation collation);

    /** Writes a round in the given format, replacing the file only once it is complete. */
    void writeRound(Path out, ExportFormat format, RoundExport export);
}
