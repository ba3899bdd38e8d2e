package org.commonground.testkit.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many people posting at once: every event arrives once, numbered without gaps, ids increasing. */
class GatewayLoadTest {
    private static final int PEOPLE = 4;
    private static final int POSTS_EACH = 1_000;

    @Test
    void concurrentPostsArriveOnceEachInSequenceOrder() throws Exception {
        try (FakeDiscord fake = FakeDiscord.start(); RawGateway client = RawGateway.connect(fake.gatewayUrl())) {
            FakeGuild guild = fake.guild("Network");
            FakeChannel general = guild.textChannel("general");
            client.identify(fake.token(), 1 | 1 << 9 | 1 << 15);
            int seq = client.nextDispatch("GUILD_CREATE").path("s").asInt();
            ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
            List<Future<?>> runs = new ArrayList<>();
            for (int p = 0; p < PEOPLE; p++) {
                Person person = guild.member("person" + p);
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < POSTS_EACH; i++) {
                        person.post(general, person.name() + " " + i);
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
            pool.shutdown();

            Set<String> contents = new HashSet<>();
            for (int i = 0; i < PEOPLE * POSTS_EACH; i++) {
                var event = client.nextDispatch("MESSAGE_CREATE");
                assertThat(event.path("s").asInt()).isGreaterThan(seq);
                seq = event.path("s").asInt();
                contents.add(event.at("/d/content").asText());
            }
            assertThat(contents).hasSize(PEOPLE * POSTS_EACH);
            assertThat(fake.history(general)).hasSize(PEOPLE * POSTS_EACH)
                    .extracting(ChannelMessage::id).isSorted();
        }
    }
}
