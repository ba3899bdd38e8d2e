package org.commonground.adapter.files;

import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.commonground.core.domain.Category;
import org.commonground.core.exchange.ReplyRow;

/**
 * Turns the records of a reply file into rows. The first record that is not blank is the header;
 * blank records are skipped; every other record is one reply. Rows are counted from 1 after the
 * header, blank ones aside, and a problem names both the row and the line of the file it starts on,
 * since a quoted text may span lines.
 */
final class ReplyRecords {

    private final CSVParser parser;
    private final String fileName;
    private final List<ReplyRow> rows = new ArrayList<>();
    private final Map<String, Integer> rowOfId = new HashMap<>();
    private ReplyColumns columns;
    private long line;

    private ReplyRecords(CSVParser parser, String fileName) {
        this.parser = parser;
        this.fileName = fileName;
    }

    /** Every reply of the file, in file order. */
    static List<ReplyRow> read(CSVParser parser, String fileName) {
        return new ReplyRecords(parser, fileName).read();
    }

    private List<ReplyRow> read() {
        Iterator<CSVRecord> records = parser.iterator();
        for (CSVRecord record = next(records); record != null; record = next(records)) {
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (columns == null) {
                columns = ReplyColumns.of(record, fileName);
            } else {
                rows.add(row(record));
            }
        }
        if (columns == null) {
            throw new IllegalArgumentException(fileName
                    + " is empty: it needs a header row naming a text column, then one row per reply.");
        }
        return rows;
    }

    /** The next record, or {@code null} at the end; notes the line it starts on. */
    private CSVRecord next(Iterator<CSVRecord> records) {
        // Empty lines come through as records, so the line count before a record is where it starts.
        line = parser.getCurrentLineNumber() + 1;
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException) {
                throw problem("a quote is not closed properly. Quoted text must end with \" before the next comma"
                        + " or line end, and a \" inside it is written twice (\"\")");
            }
            throw e;
        }
    }

    private ReplyRow row(CSVRecord record) {
        int number = rows.size() + 1;
        if (record.size() > columns.width()
                && record.stream().skip(columns.width()).anyMatch(value -> !value.isBlank())) {
            throw problem(record.size() + " values but the header names only " + columns.width()
                    + (columns.width() == 1 ? " column" : " columns")
                    + ". Put text that contains commas in double quotes");
        }
        String given = columns.id(record);
        String id = given != null ? given : String.valueOf(number);
        Integer earlier = rowOfId.putIfAbsent(id, number);
        if (earlier != null) {
            throw problem("the id '" + id + "' is already used by row " + earlier + "; each row needs its own id");
        }
        return new ReplyRow(id, columns.text(record), columns.author(record), columns.prompt(record),
                category(columns.category(record)), created(columns.created(record)));
    }

    private Category category(String text) {
        try {
            return text == null ? null : Category.parse(text);
        } catch (IllegalArgumentException e) {
            throw problem(e.getMessage());
        }
    }

    private Instant created(String text) {
        try {
            return text == null ? null : ReplyTimes.parse(text);
        } catch (DateTimeException e) {
            throw problem("'" + text + "' is not a time; write it like 2024-05-01T18:30:00Z");
        }
    }

    /** A problem with the record being read, naming where it is. */
    private IllegalArgumentException problem(String what) {
        String where = columns == null ? "the header row" : "row " + (rows.size() + 1);
        String sentence = what.endsWith(".") ? what : what + ".";
        return new IllegalArgumentException(fileName + ", " + where + " (line " + line + "): " + sentence);
    }
}
