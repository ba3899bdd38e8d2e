package org.commonground.bench.telegram;

import java.util.List;
import java.util.stream.IntStream;

import org.commonground.testkit.telegram.FakeChat;
import org.commonground.testkit.telegram.FakeTelegram;
import org.commonground.testkit.telegram.MessageRef;
import org.commonground.testkit.telegram.Pacing;
import org.commonground.testkit.telegram.Person;

/**
 * A fake Telegram whose group has answered the bot's prompt many times over before the bot starts
 * polling, so that a run measures taking replies in, not people typing them.
 */
final class PreloadedGroup implements AutoCloseable {

    private static final List<String> ANSWERS = List.of("getting back to the football with my mates",
            "a bus that runs on Sundays", "time in the garden with my grandchildren", "my own front door and my key",
            "being listened to the first time", "music in the park on summer evenings",
            "a cafe where everyone knows my name", "cooking for friends again");

    final FakeTelegram telegram = FakeTelegram.builder().pacing(Pacing.unlimited()).requestLogSize(0).start();
    final FakeChat group;
    private final List<Person> people;

    PreloadedGroup() {
        people = IntStream.range(0, 20).mapToObj(i -> telegram.person("Member" + i)).toList();
        group = telegram.group("Bench", people.get(0), people.subList(1, people.size()).toArray(Person[]::new));
    }

    /** Queues {@code count} replies to the message, from the group's members in turn. */
    void replies(MessageRef prompt, int count) {
        for (int i = 0; i < count; i++) {
            people.get(i % people.size()).repliesTo(prompt, ANSWERS.get(i % ANSWERS.size()) + " (" + i + ")");
        }
    }

    @Override
    public void close() {
        telegram.close();
    }
}
