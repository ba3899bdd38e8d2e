package org.commonground.adapter.files;

import java.nio.file.Path;
import java.util.List;

import org.commonground.core.collate.Collation;
import org.commonground.core.exchange.ExchangeWriter;
import org.commonground.core.exchange.ExportFormat;
import org.commonground.core.exchange.ReplyRow;
import org.commonground.core.exchange.RoundExport;

/**
 * Writes the files a convenor takes away: the {@code collate} JSON and round exports in CSV, JSON or
 * Markdown, all UTF-8. A file is replaced only once its new content is complete; a folder that does
 * not exist or a path that cannot be written is an {@link IllegalArgumentException} with one line.
 */
public final class FileExchangeWriter implements ExchangeWriter {

    @Override
    public void writeCollation(Path out, List<ReplyRow> rows, Collation collation) {
        AtomicFile.write(out, writer -> CollationJson.write(writer, rows, collation));
    }

    @Override
    public void writeRound(Path out, ExportFormat format, RoundExport export) {
        // A switch expression: a new format does not compile until it has a writer.
        AtomicFile.Content content = switch (format) {
            case CSV -> writer -> RoundCsv.write(writer, export);
            case JSON -> writer -> RoundJson.write(writer, export);
            case MARKDOWN -> writer -> RoundMarkdown.write(writer, export);
        };
        AtomicFile.write(out, content);
    }
}
