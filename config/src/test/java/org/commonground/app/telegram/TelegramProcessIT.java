package org.commonground.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.commonground.core.intake.ReplyText;
import org.commonground.testkit.telegram.FakeChat;
import org.commonground.testkit.telegram.FakeTelegram;
import org.commonground.testkit.telegram.MessageRef;
import org.commonground.testkit.telegram.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged bot on Telegram (the fake, in this JVM) killed with SIGKILL while replies stream in,
 * then started again on the same database: every reply is stored once, none lost, none doubled.
 */
class TelegramProcessIT {

    static final Path JAR = Path.of("target", "commonground.jar").toAbsolutePath();
    static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path dir;
    final FakeTelegram telegram = FakeTelegram.start();
    final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(Process::destroyForcibly);
        telegram.close();
    }

    @Test
    void aBotKilledMidStreamLosesAndDoublesNoReply() throws Exception {
        List<Person> people = IntStream.range(0, 20).mapToObj(i -> telegram.person("Member" + i)).toList();
        FakeChat group = telegram.group("Care reform South", people.get(0), people.subList(1, 20).toArray(Person[]::new));
        Process first = serve("first.log");
        awaitLog("first.log", "Polling Telegram as @");
        assertThat(oneOff("round", "open", "--chat", "telegram:" + group.id(), "--prompt", "What matters to you?",
                "--category", "vision")).isZero();
        telegram.await(PATIENCE, () -> !telegram.sent(group).isEmpty());
        MessageRef prompt = telegram.sent(group).get(0).ref();

        List<String> sent = new ReplyScript().replies(200);
        MessageRef[] replies = new MessageRef[sent.size()];
        Thread typing = new Thread(() -> {
            for (int i = 0; i < sent.size(); i++) {
                replies[i] = people.get(i % 20).repliesTo(prompt, sent.get(i));
                pause(10);
            }
        });
        typing.start();
        telegram.await(PATIENCE, () -> stored().size() >= 20);
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        boolean typingAtKill = typing.isAlive();
        typing.join();
        List<String> expected = new ArrayList<>(sent);
        for (int i = 5; i < sent.size(); i += 20) {
            people.get(i % 20).edits(replies[i], ReplyScript.edited(sent.get(i)));
            expected.set(i, ReplyScript.edited(sent.get(i)));
        }

        // The database is left alone while no bot holds it, so that the restart finds it free.
        serve("second.log");
        awaitLog("second.log", "Polling Telegram as @");
        List<String> cleaned = expected.stream().map(ReplyText::clean).sorted().toList();
        try {
            telegram.await(PATIENCE, () -> stored().stream().sorted().toList().equals(cleaned));
        } catch (AssertionError e) {
            throw new AssertionError(difference(cleaned, stored()) + "\n" + problems("first.log") + problems("second.log"), e);
        }

        assertThat(typingAtKill).as("members were still replying when the bot was killed").isTrue();
        assertThat(stored()).containsExactlyInAnyOrderElementsOf(cleaned);
        assertThat(oneOff("summary", "post", "1")).isZero();
        telegram.await(PATIENCE, () -> telegram.sent(group).stream().anyMatch(m -> m.text().contains("for sharing")));
        assertThat(telegram.requests()).filteredOn(request -> request.status() == 400).isEmpty();
    }

    private String problems(String log) throws IOException {
        return log + ":\n" + Files.readString(dir.resolve(log)).lines()
                .filter(line -> line.contains("WARN") || line.contains("ERROR") || line.contains("SEVERE")
                        || line.contains("Skipped"))
                .collect(java.util.stream.Collectors.joining("\n")) + "\n";
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String difference(List<String> expected, List<String> stored) {
        List<String> missing = new ArrayList<>(expected);
        List<String> extra = new ArrayList<>();
        stored.forEach(text -> {
            if (!missing.remove(text)) {
                extra.add(text);
            }
        });
        return "missing " + missing + "\nunexpected " + extra;
    }

    private List<String> stored() {
        try (Connection db = DriverManager.getConnection(
                "jdbc:h2:file:" + dir.resolve("data/commonground") + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE", "sa", "");
             ResultSet rows = db.createStatement().executeQuery("SELECT text FROM contributions")) {
            List<String> texts = new ArrayList<>();
            while (rows.next()) {
                texts.add(rows.getString(1));
            }
            return texts;
        } catch (SQLException notThereYet) {
            return List.of();
        }
    }

    private ProcessBuilder bot(String... args) {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("COMMONGROUND_TELEGRAM_TOKEN", telegram.token());
        builder.environment().put("COMMONGROUND_TELEGRAM_API_URL", telegram.baseUrl());
        builder.environment().put("COMMONGROUND_TELEGRAM_POLL_TIMEOUT", "1s");
        return builder;
    }

    private Process serve(String log) throws IOException {
        Process process = bot("serve").redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile()).start();
        started.add(process);
        return process;
    }

    private int oneOff(String... args) throws Exception {
        Process process = bot(args).redirectErrorStream(true).redirectOutput(dir.resolve("one-off.log").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    private void awaitLog(String log, String expected) throws Exception {
        Path file = dir.resolve(log);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(file) && Files.readString(file).contains(expected)) {
                return;
            }
            Thread.sleep(50);
        }
        String threads = "";
        for (Process process : started) {
            if (process.isAlive()) {
                Process dump = new ProcessBuilder("jcmd", Long.toString(process.pid()), "Thread.print").start();
                threads += new String(dump.getInputStream().readAllBytes());
            }
        }
        throw new AssertionError("'" + expected + "' did not appear in " + log + ":\n"
                + (Files.exists(file) ? Files.readString(file) : "(no output)") + threads);
    }
}
