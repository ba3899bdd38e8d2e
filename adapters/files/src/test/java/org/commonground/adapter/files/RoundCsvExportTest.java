package org.commonground.adapter.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.commonground.core.exchange.ExportFormat;
import org.commonground.core.exchange.ReplyRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundCsvExportTest {

    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void export() {
        file = folder.resolve("round.csv");
        new FileExchangeWriter().writeRound(file, ExportFormat.CSV, HostileRound.export());
    }

    @Test
    void hasThePolisColumnsThenOursAndAPolisRowPerReplyInArrivalOrder() throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            assertThat(csv.getHeaderNames()).containsExactly("timestamp", "datetime", "comment-id", "author-id",
                    "agrees", "disagrees", "moderated", "comment-body", "category", "theme", "credit");
            List<CSVRecord> records = csv.getRecords();

            assertThat(records).extracting(r -> r.get("comment-id")).containsExactly("11", "12", "13", "14", "15");
            assertThat(records.get(0).toList()).containsExactly("1714588200000", "Wed May 01 18:30:00 UTC 2024", "11",
                    "0", "0", "0", "1", "'" + HostileRound.MARKUP, "OBSTACLE", "t1", "");
            assertThat(records.get(1).toList()).containsExactly("1714588260000", "Wed May 01 18:31:00 UTC 2024", "12",
                    "1", "0", "0", "1", "'" + HostileRound.FORMULA, "OBSTACLE", "t1",
                    "'" + HostileRound.HOSTILE_CREDIT);
            assertThat(records.get(2).toList()).containsExactly("", "", "13", "0", "0", "0", "1",
                    HostileRound.EMOJI_QUOTES_LINES, "IDEA", "t2", "");
            assertThat(records.get(3).get("credit")).isEqualTo("Ana");
            assertThat(records.get(4).get("comment-body")).isEqualTo("'" + HostileRound.MINUS);
            assertThat(records.get(4).get("theme")).isEmpty();
        }
    }

    @Test
    void readsBackAsAPolisFile() {
        List<ReplyRow> rows = new CsvReplyFileReader().read(file);

        assertThat(rows).extracting(ReplyRow::id).containsExactly("11", "12", "13", "14", "15");
        assertThat(rows).extracting(ReplyRow::author).containsExactly("0", "1", "0", "2", "3");
        assertThat(rows.get(2).text()).isEqualTo(HostileRound.EMOJI_QUOTES_LINES);
        assertThat(rows.get(0).created()).isEqualTo(HostileRound.CREATED);
    }

    @Test
    void onlyCellsThatWouldStartAFormulaAreChanged() {
        assertThat(RoundCsv.inert("=1+1")).isEqualTo("'=1+1");
        assertThat(RoundCsv.inert("+44 20 7946 0000")).isEqualTo("'+44 20 7946 0000");
        assertThat(RoundCsv.inert("-2")).isEqualTo("'-2");
        assertThat(RoundCsv.inert("@here")).isEqualTo("'@here");
        assertThat(RoundCsv.inert("\t=1")).isEqualTo("'\t=1");
        assertThat(RoundCsv.inert("a = b - c @ d")).isEqualTo("a = b - c @ d");
        assertThat(RoundCsv.inert("")).isEmpty();
        assertThat(RoundCsv.inert(null)).isNull();
    }
}
