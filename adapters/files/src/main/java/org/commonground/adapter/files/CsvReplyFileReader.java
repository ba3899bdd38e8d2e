package org.commonground.adapter.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.commonground.core.exchange.ReplyFileReader;
import org.commonground.core.exchange.ReplyRow;

/**
 * Reads a reply CSV, or a Polis {@code comments.csv}, with Apache Commons CSV. The file is streamed,
 * never held whole beside the rows it yields. It must be UTF-8 (a byte order mark is allowed):
 * anything else is refused rather than read as mojibake. Every problem is an
 * {@link IllegalArgumentException} with one line a convenor can act on.
 */
public final class CsvReplyFileReader implements ReplyFileReader {

    // Empty lines are kept as records so that the parser's line count says where each record starts.
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
    private static final int BYTE_ORDER_MARK = '\uFEFF';

    @Override
    public List<ReplyRow> read(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(name + " is a folder, not a CSV file.");
        }
        if (Files.notExists(file)) {
            throw new IllegalArgumentException("There is no file " + name + ".");
        }
        try (Reader in = openUtf8(file); CSVParser parser = CSVParser.parse(in, FORMAT)) {
            return ReplyRecords.read(parser, name);
        } catch (UncheckedIOException e) {
            throw unreadable(name, e.getCause());
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** A reader that fails on bytes that are not UTF-8, past a byte order mark if there is one. */
    private static Reader openUtf8(Path file) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), strict));
        try {
            reader.mark(1);
            if (reader.read() != BYTE_ORDER_MARK) {
                reader.reset();
            }
            return reader;
        } catch (IOException e) {
            reader.close();
            throw e;
        }
    }

    private static IllegalArgumentException unreadable(String name, IOException e) {
        if (e instanceof CharacterCodingException) {
            return new IllegalArgumentException(name + " is not UTF-8 text. Save it as \"CSV UTF-8\" and try again.");
        }
        return new IllegalArgumentException("Cannot read " + name + ": " + IoReasons.of(e) + ".");
    }
}
