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
        List<MessageRef> replies = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            replies.add(people.get(i % 20).repliesTo(prompt, sent.get(i)));
        }
        telegram.await(PATIENCE, () -> stored().size() >= 20);
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        int storedAtKill = stored().size();
        for (int i = 100; i < sent.size(); i++) {
            replies.add(people.get(i % 20).repliesTo(prompt, sent.get(i)));
        }
        List<String> expected = new ArrayList<>(sent);
        for (int i = 5; i < sent.size(); i += 20) {
            people.get(i % 20).edits(replies.get(i), ReplyScript.edited(sent.get(i)));
            expected.set(i, ReplyScript.edited(sent.get(i)));
        }

        serve("second.log");
        List<String> cleaned = expected.stream().map(ReplyText::clean).sorted().toList();
        telegram.await(PATIENCE, () -> stored().stream().sorted().toList().equals(cleaned));

        assertThat(storedAtKill).isLessThan(sent.size());
        assertThat(stored()).containsExactlyInAnyOrderElementsOf(cleaned);
        assertThat(oneOff("summary", "post", "1")).isZero();
        telegram.await(PATIENCE, () -> telegram.sent(group).stream().anyMatch(m -> m.text().contains("for sharing")));
        assertThat(telegram.requests()).filteredOn(request -> request.status() == 400).isEmpty();
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
        throw new AssertionError("'" + expected + "' did not appear in " + log + ":\n"
                + (Files.exists(file) ? Files.readString(file) : "(no output)"));
    }
}
