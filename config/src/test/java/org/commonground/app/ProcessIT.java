package org.commonground.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application as separate processes on one database file: a headless bot, and one-off
 * commands run beside it. Killing the bot with SIGKILL loses neither stored replies nor queued
 * messages.
 */
class ProcessIT {

    static final Path JAR = Path.of("target", "commonground.jar").toAbsolutePath();

    @TempDir
    Path dir;
    final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void aOneOffCommandReachesTheRunningBotAndAKillLosesNothing() throws Exception {
        Process bot = serve("first.log");
        awaitLog("first.log", "Common Ground is serving", Duration.ofSeconds(60));

        Command opened = run("round", "open", "--chat", "local:main", "--prompt", "What matters to you?",
                "--category", "vision");
        assertThat(opened.status()).as(opened.err()).isZero();
        String round = opened.out().strip();
        // The bot polls the outbox every 200 ms; the wait allows for a slow machine, not for design.
        awaitLog("first.log", "[local:main #1] Common Ground: What matters to you?", Duration.ofSeconds(10));
        assertThat(run("round", "list").out()).contains("What matters to you?", "open");

        bot.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        Path notes = dir.resolve("notes.csv");
        Files.writeString(notes, "text\nTime with my friends\nMy own front door\nBeing listened to\n",
                StandardCharsets.UTF_8);
        assertThat(run("import", "--round", round, "--file", notes.toString()).out()).contains("Imported 3 replies");
        assertThat(run("summary", "post", round).status()).isZero();
        assertThat(run("status").out()).contains("not running", "1 waiting to be sent");

        serve("second.log");
        awaitLog("second.log", "What we heard", Duration.ofSeconds(60));
        assertThat(run("contributions", round).out()).contains("Time with my friends", "My own front door",
                "Being listened to");
        assertThat(run("status").out()).contains("0 waiting to be sent");
    }

    private Process serve(String log) throws IOException {
        Process process = new ProcessBuilder("java", "-jar", JAR.toString(), "serve")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(log).toFile())
                .start();
        started.add(process);
        return process;
    }

    record Command(int status, String out, String err) {
    }

    private Command run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Command(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private void awaitLog(String log, String expected, Duration timeout) throws Exception {
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
}
