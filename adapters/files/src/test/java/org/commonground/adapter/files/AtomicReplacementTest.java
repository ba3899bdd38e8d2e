package org.commonground.adapter.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.commonground.core.collate.Collation;
import org.commonground.core.domain.Category;
import org.commonground.core.exchange.ExportFormat;
import org.commonground.core.exchange.ReplyRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is replaced only by complete new content; a write that cannot happen says why in one line. */
class AtomicReplacementTest {

    private static final String OLD = "the old export, which is longer than the new one will be\n".repeat(500);

    @TempDir
    Path folder;

    private final FileExchangeWriter writer = new FileExchangeWriter();

    @Test
    void aWriteReplacesTheWholeOldFile() throws IOException {
        Path out = Files.writeString(folder.resolve("round.md"), OLD);

        writer.writeRound(out, ExportFormat.MARKDOWN, HostileRound.export());

        assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("# What is in our way?")
                .doesNotContain("the old export");
        assertThat(filesIn(folder)).containsExactly(out);
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAsItWasAndNoTemporaryFile() throws IOException {
        Path out = Files.writeString(folder.resolve("collated.json"), OLD);
        List<ReplyRow> rows = List.of(new ReplyRow("r1", "every form asks", null, null, null, null));
        Collation quotesAStranger = new Collation(List.of(new Collation.Placed("r1", Category.OBSTACLE, 0.9, "t1")),
                List.of(new Collation.ThemeDraft("t1", Category.OBSTACLE, "forms", List.of("r1"), "r9")));

        assertThatIllegalArgumentException().isThrownBy(() -> writer.writeCollation(out, rows, quotesAStranger))
                .withMessage("Theme t1 quotes 'r9', which is no row's id.");

        assertThat(Files.readString(out)).isEqualTo(OLD);
        assertThat(filesIn(folder)).containsExactly(out);
    }

    @Test
    void aFolderThatDoesNotExist() {
        Path out = folder.resolve("missing").resolve("round.csv");

        assertThatIllegalArgumentException().isThrownBy(() -> writer.writeRound(out, ExportFormat.CSV,
                        HostileRound.export()))
                .withMessage("Cannot write " + out + ": the folder " + out.getParent() + " does not exist.");
    }

    @Test
    void aFolderThatIsAFile() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "notes");
        Path out = file.resolve("round.csv");

        assertThatIllegalArgumentException().isThrownBy(() -> writer.writeRound(out, ExportFormat.CSV,
                        HostileRound.export()))
                .withMessage("Cannot write " + out + ": " + file + " is not a folder.");
    }

    @Test
    void aTargetThatIsAFolder() throws IOException {
        Path out = Files.createDirectory(folder.resolve("round.json"));

        assertThatIllegalArgumentException().isThrownBy(() -> writer.writeRound(out, ExportFormat.JSON,
                        HostileRound.export()))
                .withMessage("Cannot write " + out + ": it is a folder.");
    }

    @Test
    void aFolderWithoutWritePermission() throws IOException {
        assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"),
                "Skipped: no POSIX permissions here.");
        Path locked = Files.createDirectory(folder.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(locked), "Skipped: this user may write to any folder.");
            Path out = locked.resolve("round.csv");

            assertThatIllegalArgumentException().isThrownBy(() -> writer.writeRound(out, ExportFormat.CSV,
                            HostileRound.export()))
                    .withMessage("Cannot write " + out + ": permission denied.");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void theNewFileIsForItsOwnerOnlyAsItHoldsMembersWords() throws IOException {
        assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"),
                "Skipped: no POSIX permissions here.");
        Path out = folder.resolve("round.csv");

        writer.writeRound(out, ExportFormat.CSV, HostileRound.export());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
