package org.commonground.adapter.files;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad file is refused with one line that says what is wrong and where. */
class CsvReplyFileReaderErrorsTest {

    @TempDir
    Path folder;

    private final CsvReplyFileReader reader = new CsvReplyFileReader();

    @Test
    void aMissingFile() {
        Path file = folder.resolve("nowhere.csv");

        assertThatIllegalArgumentException().isThrownBy(() -> reader.read(file))
                .withMessage("There is no file " + file + ".");
    }

    @Test
    void aFolder() {
        assertThatIllegalArgumentException().isThrownBy(() -> reader.read(folder))
                .withMessage(folder + " is a folder, not a CSV file.");
    }

    @Test
    void anEmptyFileOrOneOfBlankLines() throws IOException {
        for (String content : new String[] {"", "\uFEFF", "\n\r\n  \n"}) {
            Path file = write(content);
            assertThatIllegalArgumentException().isThrownBy(() -> reader.read(file))
                    .withMessage(file + " is empty: it needs a header row naming a text column,"
                            + " then one row per reply.");
        }
    }

    @Test
    void noTextColumnSaysWhichColumnsThereAre() throws IOException {
        Path file = write("Name, Reply ,When\nana,hello,today\n");

        assertThatIllegalArgumentException().isThrownBy(() -> reader.read(file))
                .withMessage(file + " has no text column: its first row has 'Name', 'Reply', 'When'."
                        + " The first row must be a header naming the columns, one of them text.");
    }

    @Test
    void noHeaderRowShowsTheFirstRowShortened() throws IOException {
        Path file = write("getting back to the football with my mates\nour ward councillors\n");

        assertThatIllegalArgumentException().isThrownBy(() -> reader.read(file))
                .withMessage(file + " has no text column: its first row has 'getting back to the football w…'."
                        + " The first row must be a header naming the columns, one of them text.");
    }

    @Test
    void anUnknownCategoryNamesTheRowAndLine() throws IOException {
        Path file = write("text,category\nfine,idea\n\n\"two\nlines\",someday\n");

        assertThatIllegalArgumentException().isThrownBy(() -> reader.read(file))
                .withMessage(file + ", row 2 (line 4): 'someday' is not a category: use vision, obstacle, target"
                        + " or idea.");
    }

    @Test
    void aTimeThatIsNotOne() throws IOException {
        Path file = write("text,created\nhello,yesterday\n");

        assertThatIllegalArgumentException().isThrownBy(() -> reader.read(file))
                .withMessage(file + ", row 1 (line 2): 'yesterday' is not a time; write it like 2024-05-01T18:30:00Z.");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNotGuessed() throws IOException {
        byte[] latin1 = "text\ncaf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf16 = "text\nhello\n".getBytes(StandardCharsets.UTF_16);
        byte[] latin1FarIn = ("text\n" + "a fine reply\n".repeat(10_000) + "caf\u00e9\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        for (byte[] content : new byte[][] {latin1, utf16, latin1FarIn}) {
            Path file = Files.write(folder.resolve("replies.csv"), content);
            assertThatIllegalArgumentException().isThrownBy(() -> reader.read(file))
                    .withMessage(file + " is not UTF-8 text. Save it as \"CSV UTF-8\" and try again.");
        }
    }

    @Test
    void aQuoteNeverClosedNamesTheRowWhereItOpens() throws IOException {
        Path file = write("text,id\nfine,1\n\"never closed,2\nmore,3\nand more,4\n");

        assertThatIllegalArgumentException().isThrownBy(() -> reader.read(file))
                .withMessage(file + ", row 2 (line 3): a quote is not closed properly. Quoted text must end with \""
                        + " before the next comma or line end, and a \" inside it is written twice (\"\").");
    }

    @Test
    void textAfterAClosingQuoteIsTheSameMistake() throws IOException {
        Path file = write("text\n\"she said \"no\" to it\"\n");

        assertThatIllegalArgumentException().isThrownBy(() -> reader.read(file))
                .withMessageStartingWith(file + ", row 1 (line 2): a quote is not closed properly.");
    }

    @Test
    void moreValuesThanTheHeaderHasColumns() throws IOException {
        Path file = write("text\nfine\nhello, world\n");

        assertThatIllegalArgumentException().isThrownBy(() -> reader.read(file))
                .withMessage(file + ", row 2 (line 3): 2 values but the header names only 1 column."
                        + " Put text that contains commas in double quotes.");
    }

    @Test
    void twoRowsWithOneId() throws IOException {
        Path file = write("id,text\na,first\nb,second\na,third\n");

        assertThatIllegalArgumentException().isThrownBy(() -> reader.read(file))
                .withMessage(file + ", row 3 (line 4): the id 'a' is already used by row 1;"
                        + " each row needs its own id.");
    }

    private Path write(String content) throws IOException {
        return Files.writeString(folder.resolve("replies.csv"), content, StandardCharsets.UTF_8);
    }
}
