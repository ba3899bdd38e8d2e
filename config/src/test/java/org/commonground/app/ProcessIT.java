package org.commonground.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application as separate processes on one database file: a headless bot, and one-off
 * commands run beside it. Killing the bot with SIGKILL loses neither stored replies nor queued
 * messages.
 */
class ProcessIT {

    @TempDir
    Path dir;
    PackagedBot packaged;

    @BeforeEach
    void inATempDirectory() {
        packaged = new PackagedBot(dir, Map.of());
    }

    @AfterEach
    void stopAll() {
        packaged.close();
    }

    @Test
    void aOneOffCommandReachesTheRunningBotAndAKillLosesNothing() throws Exception {
        Process bot = packaged.serve("first.log");
        packaged.awaitLog("first.log", "Common Ground is serving", Duration.ofSeconds(60));

        PackagedBot.Command opened = packaged.run("round", "open", "--chat", "local:main", "--prompt",
                "What matters to you?", "--category", "vision");
        assertThat(opened.status()).as(opened.err()).isZero();
        String round = opened.out().strip();
        // The bot polls the outbox every 200 ms; the wait allows for a slow machine, not for design.
        packaged.awaitLog("first.log", "[local:main #1] Common Ground: What matters to you?", Duration.ofSeconds(10));
        assertThat(packaged.run("round", "list").out()).contains("What matters to you?", "open");

        bot.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        Path notes = dir.resolve("notes.csv");
        Files.writeString(notes, "text\nTime with my friends\nMy own front door\nBeing listened to\n",
                StandardCharsets.UTF_8);
        assertThat(packaged.run("import", "--round", round, "--file", notes.toString()).out())
                .contains("Imported 3 replies");
        assertThat(packaged.run("summary", "post", round).status()).isZero();
        assertThat(packaged.run("status").out()).contains("not running", "1 waiting to be sent");

        packaged.serve("second.log");
        packaged.awaitLog("second.log", "What we heard", Duration.ofSeconds(60));
        assertThat(packaged.run("contributions", round).out()).contains("Time with my friends", "My own front door",
                "Being listened to");
        assertThat(packaged.run("status").out()).contains("0 waiting to be sent");
    }
}
