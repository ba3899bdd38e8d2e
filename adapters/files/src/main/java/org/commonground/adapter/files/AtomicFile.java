package org.commonground.adapter.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a UTF-8 file through a temporary file beside it, moved into place only once complete: a
 * reader never sees half a file, and a write that fails leaves the old file as it was. The file is
 * readable by its owner only, as it holds members' words.
 */
final class AtomicFile {

    /** What goes into the file. */
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path target, Content content) {
        String name = target.toString();
        Path file = target.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("Cannot write " + name + ": it is a folder.");
        }
        Path folder = file.getParent();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Cannot write " + name + ": " + (Files.exists(folder)
                    ? folder + " is not a folder." : "the folder " + folder + " does not exist."));
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 // The writer's encoder replaces a lone surrogate rather than failing the whole file on it.
                 Writer out = new BufferedWriter(
                         new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8))) {
                content.writeTo(out);
                out.flush();
                // On disk before it takes the old file's place, so that a crash cannot leave an empty file.
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot write " + name + ": " + IoReasons.of(e) + ".");
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // The write has already failed; that failure is the one to report.
        }
    }
}
