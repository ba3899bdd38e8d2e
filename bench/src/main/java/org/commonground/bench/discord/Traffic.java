package org.commonground.bench.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.commonground.testkit.discord.FakeChannel;
import org.commonground.testkit.discord.FakeDiscord;
import org.commonground.testkit.discord.FakeGuild;
import org.commonground.testkit.discord.Person;

/**
 * People replying to one message in one channel of a fake Discord, one after another as fast as the
 * fake takes them, and the rate at which a bot has taken their replies.
 */
final class Traffic {

    private static final int PEOPLE = 50;

    final FakeDiscord discord = FakeDiscord.start();
    final FakeChannel channel;
    private final List<Person> people = new ArrayList<>();

    Traffic() {
        FakeGuild guild = discord.guild("Benchmark network");
        channel = guild.textChannel("general");
        for (int i = 0; i < PEOPLE; i++) {
            people.add(guild.member("person" + i));
        }
    }

    /** A first message in the channel, for people to reply to. */
    long opening() {
        return people.get(0).post(channel, "Hello all, what matters to you?");
    }

    /**
     * Posts {@code count} replies to {@code promptId}, cycling through {@code texts}, and waits until
     * {@code taken} reaches {@code target}.
     *
     * @return events taken per second, from the first post to the last one taken
     */
    double replies(long promptId, List<String> texts, int count, LongSupplier taken, long target) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            people.get(i % PEOPLE).reply(channel, promptId, texts.get(i % texts.size()));
        }
        discord.waitUntil(() -> taken.getAsLong() >= target, Duration.ofMinutes(10));
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
