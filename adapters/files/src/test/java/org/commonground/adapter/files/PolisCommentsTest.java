package org.commonground.adapter.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.commonground.core.exchange.ReplyRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Polis comments.csv is read as it is: every row, in file order, its columns standing in for ours. */
class PolisCommentsTest {

    /** Where the public Polis exports are, when not found by looking up from the module folder. */
    static final String DATA_PROPERTY = "commonground.polis.dir";
    private static final String DATA_FOLDER = "shared/data/polis";

    @TempDir
    Path folder;

    private final CsvReplyFileReader reader = new CsvReplyFileReader();

    @Test
    void aNewerExportWithMoreColumnsKeepsEveryRowEvenRejectedOnes() throws IOException {
        Path file = Files.writeString(folder.resolve("comments.csv"), String.join("\n",
                "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body,is-seed,is-meta",
                "1518501496471,Tue Feb 13 12:58:16 WIB 2018,895,1756,48,8,1,\"More buses, later at night\",false,false",
                "1518499107516,Tue Feb 13 12:18:27 WIB 2018,12,0,0,9,-1,Rejected but still a row,false,false",
                ""), StandardCharsets.UTF_8);

        assertThat(reader.read(file)).containsExactly(
                new ReplyRow("895", "More buses, later at night", "1756", null, null,
                        Instant.ofEpochMilli(1518501496471L)),
                new ReplyRow("12", "Rejected but still a row", "0", null, null, Instant.ofEpochMilli(1518499107516L)));
    }

    @Test
    void thePublicPolisExportsAreReadRowForRow() throws IOException {
        Optional<Path> data = polisData();
        assumeTrue(data.isPresent(), "Skipped: no Polis data. Neither -D" + DATA_PROPERTY + " names a folder nor"
                + " does any folder above this module have " + DATA_FOLDER + ".");
        List<Path> files;
        try (Stream<Path> found = Files.list(data.get())) {
            files = found.map(dir -> dir.resolve("comments.csv")).filter(Files::isRegularFile).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "Skipped: no comments.csv in the folders of " + data.get() + ".");
        for (Path file : files) {
            assertReadAsItIs(file);
        }
    }

    private void assertReadAsItIs(Path file) throws IOException {
        List<ReplyRow> rows = reader.read(file);

        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            records = parser.getRecords();
        }
        assertThat(rows).as(file.toString()).hasSameSizeAs(records).isNotEmpty();
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord record = records.get(i);
            Instant created = Instant.ofEpochMilli(Long.parseLong(record.get("timestamp")));
            assertThat(rows.get(i)).as(file + ", row " + (i + 1)).isEqualTo(new ReplyRow(record.get("comment-id"),
                    record.get("comment-body"), record.get("author-id"), null, null, created));
        }
    }

    /** The data folder: the system property, or shared/data/polis beside the module or any folder above it. */
    private static Optional<Path> polisData() {
        String configured = System.getProperty(DATA_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(DATA_FOLDER);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
