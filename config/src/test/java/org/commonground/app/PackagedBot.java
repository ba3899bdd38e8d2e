package org.commonground.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application run as a person runs it from the README: {@code serve} in the
 * background and one-off commands beside it, all in one working directory (so on one database file)
 * and with the environment a person would export.
 */
public final class PackagedBot implements AutoCloseable {

    static final Path JAR = Path.of("target", "commonground.jar").toAbsolutePath();

    /** What a one-off command printed, and how it ended. */
    public record Command(int status, String out, String err) {
    }

    private final Path dir;
    private final Map<String, String> environment;
    private final List<Process> started = new ArrayList<>();

    public PackagedBot(Path dir, Map<String, String> environment) {
        this.dir = dir;
        this.environment = environment;
    }

    /** Starts {@code serve}, its output going to {@code log} in the working directory. */
    public Process serve(String log) throws IOException {
        Process process = builder("serve").redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile()).start();
        started.add(process);
        return process;
    }

    /** Runs a one-off command to its end. */
    public Command run(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = builder(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("a one-off command did not end: " + String.join(" ", args));
        }
        return new Command(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Waits until the log holds the text, as a person watching it would. */
    public void awaitLog(String log, String expected, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Path file = dir.resolve(log);
        while (System.nanoTime() < deadline) {
            if (Files.exists(file) && Files.readString(file).contains(expected)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("'" + expected + "' did not appear in " + log + ":\n"
                + (Files.exists(file) ? Files.readString(file) : "(no output)"));
    }

    private ProcessBuilder builder(String... args) {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(environment);
        return builder;
    }

    /** Kills whatever is still running. */
    @Override
    public void close() {
        started.forEach(Process::destroyForcibly);
    }
}
