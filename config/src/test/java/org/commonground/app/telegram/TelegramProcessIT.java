package org.commonground.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.commonground.core.intake.ReplyText;
import org.commonground.testkit.telegram.FakeChat;
import org.commonground.testkit.telegram.FakeTelegram;
import org.commonground.testkit.telegram.MessageRef;
import org.commonground.testkit.telegram.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged bot on Telegram (the fake, in this JVM) killed with SIGKILL while replies stream in,
 * then started again on the same database: every reply is stored once, none lost, none doubled.
 * The test reads the database only as a convenor would, through a one-off command beside the bot.
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
        // A reply is recognised once the bot has recorded its prompt as delivered.
        while (!oneOffOutput("status").matches("(?s).*\\b0 waiting to be sent.*")) {
            pause(200);
        }
        MessageRef prompt = telegram.sent(group).get(0).ref();

        List<String> sent = new ReplyScript().replies(200);
        MessageRef[] replies = new MessageRef[sent.size()];
        AtomicInteger posted = new AtomicInteger();
        Thread typing = new Thread(() -> {
            for (int i = 0; i < sent.size(); i++) {
                replies[i] = people.get(i % 20).repliesTo(prompt, sent.get(i));
                posted.incrementAndGet();
                pause(20);
            }
        });
        typing.start();
        // The bot confirms an update to Telegram only once it has stored it: it is killed after twenty.
        // (Its reactions say the same, but later: in a group they wait behind its questions, paced.)
        telegram.await(PATIENCE, () -> posted.get() - telegram.pendingUpdates() >= 20);
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        boolean typingAtKill = typing.isAlive();
        typing.join();
        List<String> expected = new ArrayList<>(sent);
        for (int i = 5; i < sent.size(); i += 20) {
            people.get(i % 20).edits(replies[i], ReplyScript.edited(sent.get(i)));
            expected.set(i, ReplyScript.edited(sent.get(i)));
        }

        serve("second.log");
        telegram.await(Duration.ofMinutes(5),
                () -> acknowledged(group) == sent.size() && telegram.pendingUpdates() == 0);

        assertThat(typingAtKill).as("members were still replying when the bot was killed").isTrue();
        assertThat(exported()).containsExactlyInAnyOrderElementsOf(expected.stream().map(ReplyText::clean).toList());
        assertThat(oneOff("summary", "post", "1")).isZero();
        telegram.await(PATIENCE, () -> telegram.sent(group).stream().anyMatch(m -> m.text().contains("for sharing")));
        assertThat(telegram.requests()).filteredOn(request -> request.status() == 400).isEmpty();
    }

    /** How many of the group's messages the bot has reacted to. */
    private long acknowledged(FakeChat group) {
        return telegram.reactions().stream().filter(reaction -> reaction.chatId() == group.id())
                .map(reaction -> reaction.messageId()).distinct().count();
    }

    /** The round's replies, as the running bot's one-off export gives them. */
    private List<String> exported() throws Exception {
        Path out = dir.resolve("round.json");
        assertThat(oneOff("export", "--round", "1", "--format", "json", "--out", out.toString())).isZero();
        List<String> texts = new ArrayList<>();
        new ObjectMapper().readTree(out.toFile()).path("replies").forEach(reply -> texts.add(reply.path("text").asText()));
        return texts;
    }


    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

    private String oneOffOutput(String... args) throws Exception {
        assertThat(oneOff(args)).isZero();
        return Files.readString(dir.resolve("one-off.log"));
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
