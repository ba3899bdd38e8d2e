package org.commonground.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.commonground.app.PackagedBot;
import org.commonground.core.intake.ReplyText;
import org.commonground.testkit.telegram.FakeChat;
import org.commonground.testkit.telegram.FakeTelegram;
import org.commonground.testkit.telegram.MessageRef;
import org.commonground.testkit.telegram.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged bot on Telegram (the fake, in this JVM) killed with SIGKILL while replies stream in,
 * then started again on the same database: every reply is stored once, none lost, none doubled.
 * The test reads the database only as a convenor would, through a one-off command beside the bot.
 */
class TelegramProcessIT {

    static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path dir;
    final FakeTelegram telegram = FakeTelegram.start();
    PackagedBot packaged;

    /** The environment of the README's steps, with the fake standing in for Telegram. */
    @BeforeEach
    void withTheTokenInTheEnvironment() {
        packaged = new PackagedBot(dir, Map.of("COMMONGROUND_TELEGRAM_TOKEN", telegram.token(),
                "COMMONGROUND_TELEGRAM_API_URL", telegram.baseUrl(), "COMMONGROUND_TELEGRAM_POLL_TIMEOUT", "1s"));
    }

    @AfterEach
    void stopAll() {
        packaged.close();
        telegram.close();
    }

    @Test
    void aBotKilledMidStreamLosesAndDoublesNoReply() throws Exception {
        List<Person> people = IntStream.range(0, 20).mapToObj(i -> telegram.person("Member" + i)).toList();
        FakeChat group = telegram.group("Care reform South", people.get(0), people.subList(1, 20).toArray(Person[]::new));
        Process first = packaged.serve("first.log");
        packaged.awaitLog("first.log", "Polling Telegram as @", PATIENCE);
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

        packaged.serve("second.log");
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

    private int oneOff(String... args) throws Exception {
        return packaged.run(args).status();
    }

    private String oneOffOutput(String... args) throws Exception {
        PackagedBot.Command command = packaged.run(args);
        assertThat(command.status()).as(command.err()).isZero();
        return command.out();
    }
}
