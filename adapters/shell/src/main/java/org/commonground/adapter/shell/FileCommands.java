package org.commonground.adapter.shell;

import java.nio.file.Path;

import org.commonground.core.exchange.CollateFileService;
import org.commonground.core.exchange.ExportFormat;
import org.commonground.core.exchange.ExportService;
import org.commonground.core.exchange.ImportService;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** Replies in and out of files: importing notes, exporting rounds, collating a CSV offline. */
@Component
public class FileCommands {

    private final ImportService imports;
    private final ExportService exports;
    private final CollateFileService collate;

    public FileCommands(ImportService imports, ExportService exports, CollateFileService collate) {
        this.imports = imports;
        this.exports = exports;
        this.collate = collate;
    }

    @Command(name = "import", group = "Files", description = "Add replies from a CSV file to a round.",
            help = "import --round ROUND --file replies.csv\n  The CSV has a header row and a text column "
                    + "(optional: author, prompt, category, created); a Polis comments.csv works as it is. "
                    + "Importing the same file again adds nothing twice.", completionProvider = "convenorCompletions")
    public String importFile(@Option(longName = "round", required = true, description = "the round's id") String round,
                             @Option(longName = "file", required = true, description = "the CSV file") String file) {
        long id = Arguments.id(round, "round");
        ImportService.Imported result = imports.importFile(id, Path.of(file));
        return "Imported " + result.added() + (result.added() == 1 ? " reply" : " replies") + " into round " + id
                + (result.alreadyThere() > 0 ? "; " + result.alreadyThere() + " were already there" : "")
                + (result.empty() > 0 ? "; " + result.empty() + " empty rows skipped" : "") + ".";
    }

    @Command(name = "export", group = "Files", description = "Write a round's replies and themes to a file.",
            help = "export --round ROUND --format csv|json|markdown --out FILE\n  csv has the columns of a Polis "
                    + "comments.csv. People are numbers unless they chose to be credited.",
            completionProvider = "convenorCompletions")
    public String export(@Option(longName = "round", required = true, description = "the round's id") String round,
                         @Option(longName = "format", required = true, description = "csv, json or markdown") String format,
                         @Option(longName = "out", required = true, description = "the file to write") String out) {
        long id = Arguments.id(round, "round");
        int written = exports.export(id, ExportFormat.parse(format), Path.of(out));
        return "Wrote " + written + (written == 1 ? " reply" : " replies") + " of round " + id + " to " + out + ".";
    }

    @Command(name = "collate", group = "Files", description = "Sort the replies of a CSV into categories and themes, "
            + "offline.", help = "collate --in replies.csv --out collation.json\n  Nothing is stored and nothing "
            + "is posted.", completionProvider = "convenorCompletions")
    public String collate(@Option(longName = "in", required = true, description = "the CSV to read") String in,
                          @Option(longName = "out", required = true, description = "the JSON file to write") String out) {
        CollateFileService.Collated result = collate.collate(Path.of(in), Path.of(out));
        return "Collated " + result.replies() + (result.replies() == 1 ? " reply" : " replies") + " into "
                + result.themes() + (result.themes() == 1 ? " theme" : " themes") + ": " + out;
    }
}
