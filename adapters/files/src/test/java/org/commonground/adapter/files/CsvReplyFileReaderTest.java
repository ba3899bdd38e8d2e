package org.commonground.adapter.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.commonground.core.domain.Category;
import org.commonground.core.exchange.ReplyRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReplyFileReaderTest {

    private static final Instant HALF_SIX = Instant.parse("2024-05-01T18:30:00Z");

    @TempDir
    Path folder;

    private final CsvReplyFileReader reader = new CsvReplyFileReader();

    @Test
    void readsEveryColumnOfTheContractWithNamesInAnyCaseAndSpacing() throws IOException {
        List<ReplyRow> rows = read(String.join("\n",
                " ID ,Author,PROMPT, category ,Created,Text",
                "r1,sam,What is in our way?,obstacle,2024-05-01T18:30:00Z,every form asks the same questions",
                "r2,,What could we do?,Ideas,,a stall at the summer fair",
                ""));

        assertThat(rows).containsExactly(
                new ReplyRow("r1", "every form asks the same questions", "sam", "What is in our way?",
                        Category.OBSTACLE, HALF_SIX),
                new ReplyRow("r2", "a stall at the summer fair", null, "What could we do?", Category.IDEA, null));
    }

    @Test
    void aTextColumnAloneIsEnoughAndRowsAreNumberedFromOne() throws IOException {
        List<ReplyRow> rows = read("text\ngetting back to the football\nour ward councillors\n");

        assertThat(rows).containsExactly(
                new ReplyRow("1", "getting back to the football", null, null, null, null),
                new ReplyRow("2", "our ward councillors", null, null, null, null));
    }

    @Test
    void crlfAndLfLineEndsReadAlike() throws IOException {
        String lf = "id,text\na,first\nb,\"second, with a comma\"\n";

        assertThat(read(lf.replace("\n", "\r\n"))).isEqualTo(read(lf)).hasSize(2);
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        assertThat(readBytes(concat(bom, "text,author\nhello,ana\n".getBytes(StandardCharsets.UTF_8))))
                .containsExactly(new ReplyRow("1", "hello", "ana", null, null, null));
        assertThat(readBytes(concat(bom, "\"text\"\nhello\n".getBytes(StandardCharsets.UTF_8))))
                .extracting(ReplyRow::text).containsExactly("hello");
    }

    @Test
    void quotedTextKeepsItsCommasQuotesAndLineBreaksAsWritten() throws IOException {
        List<ReplyRow> rows = read("text,author\n\"one, two\nthree \"\"quoted\"\"\",ana\n  spaces kept  ,bo\n");

        assertThat(rows).extracting(ReplyRow::text)
                .containsExactly("one, two\nthree \"quoted\"", "  spaces kept  ");
        assertThat(read("text\r\n\"line one\r\nline two\"\r\n")).extracting(ReplyRow::text)
                .containsExactly("line one\r\nline two");
    }

    @Test
    void blankRowsAreSkippedAndNotCounted() throws IOException {
        List<ReplyRow> rows = read("\n\ntext,author\n\nfirst,a\n,\n   \n\"\",\"\"\nsecond,b\n\n");

        assertThat(rows).extracting(ReplyRow::id, ReplyRow::text)
                .containsExactly(tuple("1", "first"), tuple("2", "second"));
    }

    @Test
    void aRowWithAnIdButNoTextIsKeptForTheCoreToJudge() throws IOException {
        assertThat(read("id,text\n7,\n")).containsExactly(new ReplyRow("7", "", null, null, null, null));
    }

    @Test
    void aShortRowLeavesTheMissingColumnsEmptyAndTrailingEmptyValuesAreTolerated() throws IOException {
        assertThat(read("text,author,category\nshort row\nlong row,ana,idea,,\n")).containsExactly(
                new ReplyRow("1", "short row", null, null, null, null),
                new ReplyRow("2", "long row", "ana", null, Category.IDEA, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-01T18:30:00Z", "2024-05-01T19:30:00+01:00", "2024-05-01T18:30:00",
            "2024-05-01 18:30:00", "2024-05-01T19:30:00+01:00[Europe/London]", "1714588200000"})
    void aTimeIsAnInstantADateTimeInUtcOrPolisMilliseconds(String created) throws IOException {
        assertThat(read("text,created\nhello," + created + "\n")).extracting(ReplyRow::created)
                .containsExactly(HALF_SIX);
    }

    @Test
    void aDateAloneIsTheStartOfThatDayInUtc() throws IOException {
        assertThat(read("text,created\nhello,2024-05-01\n")).extracting(ReplyRow::created)
                .containsExactly(Instant.parse("2024-05-01T00:00:00Z"));
    }

    @Test
    void aHugeCellIsReadWhole() throws IOException {
        String huge = "word ".repeat(200_000) + "end";

        List<ReplyRow> rows = read("text,author\n\"" + huge + "\",ana\nafter,bo\n");

        assertThat(rows).extracting(ReplyRow::text).containsExactly(huge, "after");
    }

    @Test
    void aHeaderWithoutRowsGivesNoReplies() throws IOException {
        assertThat(read("text,author\n")).isEmpty();
    }

    private List<ReplyRow> read(String content) throws IOException {
        return readBytes(content.getBytes(StandardCharsets.UTF_8));
    }

    private List<ReplyRow> readBytes(byte[] content) throws IOException {
        Path file = Files.write(folder.resolve("replies.csv"), content);
        return reader.read(file);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
