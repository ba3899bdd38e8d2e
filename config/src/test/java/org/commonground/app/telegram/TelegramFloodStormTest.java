package org.commonground.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.commonground.core.CoreServices;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.OutboxStatus;
import org.commonground.core.domain.Topic;
import org.commonground.core.port.ContributionStore;
import org.commonground.core.port.OutboxStore;
import org.commonground.testkit.telegram.FakeChat;
import org.commonground.testkit.telegram.FakeTelegram;
import org.commonground.testkit.telegram.MessageRef;
import org.commonground.testkit.telegram.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The real application through a flood-control storm: a third of its sends refused with retry_after. */
@SpringBootTest(properties = {"commonground.mode=SERVE", "commonground.telegram.poll-timeout=1s",
        "spring.datasource.url=jdbc:h2:mem:telegram-storm;DB_CLOSE_DELAY=-1"})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramFloodStormTest {

    static final Duration PATIENCE = Duration.ofSeconds(120);
    static final FakeTelegram TELEGRAM = FakeTelegram.start();

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry properties) {
        properties.add("commonground.telegram.token", TELEGRAM::token);
        properties.add("commonground.telegram.api-url", TELEGRAM::baseUrl);
    }

    @Autowired
    CoreServices core;
    @Autowired
    ContributionStore contributions;
    @Autowired
    OutboxStore outbox;

    @AfterAll
    void stop() {
        core.runtime().close();
        TELEGRAM.close();
    }

    @Test
    void everyMessageGoesOutOnceAndInOrder() {
        TELEGRAM.storm(1.0 / 3, 1);
        List<FakeChat> groups = List.of(group("North"), group("South"), group("West"));
        Map<FakeChat, List<MessageRef>> replies = groups.stream().collect(Collectors.toMap(g -> g, this::round));
        for (FakeChat group : groups) {
            long round = roundIn(group);
            TELEGRAM.await(PATIENCE, () -> contributions.listByRound(round).size() == 4);
            core.summaries().post(round);
            core.rounds().close(round);
        }

        for (FakeChat group : groups) {
            TELEGRAM.await(PATIENCE, () -> TELEGRAM.sent(group).stream().anyMatch(m -> m.text().contains("now closed")));
            String prompt = "What matters in " + group.title() + "?";
            // The collator decides which replies need a question; each delivered one shows once, in order.
            int asked = contributions.listByRound(roundIn(group)).stream()
                    .mapToInt(reply -> outbox.deliveredFor(Topic.ask(reply.id())).size()).sum();
            List<String> shown = TELEGRAM.sent(group).stream().map(m -> m.text().lines().findFirst().orElseThrow())
                    .toList();
            assertThat(shown).hasSize(asked + 3).startsWith(prompt)
                    .endsWith("What we heard — " + prompt, "Thank you — this question is now closed: " + prompt);
            assertThat(shown.subList(1, asked + 1)).allSatisfy(
                    line -> assertThat(line).isEqualTo("Thank you! Which fits your answer best?"));
            Map<Integer, Long> reactions = TELEGRAM.reactions().stream().filter(r -> r.chatId() == group.id())
                    .collect(Collectors.groupingBy(r -> r.messageId(), Collectors.counting()));
            assertThat(replies.get(group)).allSatisfy(reply -> assertThat(reactions.get(reply.messageId())).isEqualTo(1));
        }
        assertThat(TELEGRAM.tooManyRequestsGiven()).isPositive();
        assertThat(outbox.counts().getOrDefault(OutboxStatus.FAILED, 0)).isZero();
    }

    private FakeChat group(String title) {
        Person creator = TELEGRAM.person(title + "Convenor");
        return TELEGRAM.group(title, creator, TELEGRAM.person(title + "Ann"), TELEGRAM.person(title + "Bob"));
    }

    private List<MessageRef> round(FakeChat group) {
        long round = core.rounds().open(List.of(ref(group)), "What matters in " + group.title() + "?", null, null).id();
        // A reply is recognised once the bot has recorded its prompt as delivered.
        TELEGRAM.await(PATIENCE, () -> core.rounds().promptMessageId(round, ref(group)).isPresent());
        MessageRef prompt = group.message(Integer.parseInt(core.rounds().promptMessageId(round, ref(group)).orElseThrow()));
        Person member = TELEGRAM.person(group.title() + "Member");
        group.add(member);
        return List.of("time with friends", "my own front door", "being listened to", "a garden to share").stream()
                .map(text -> member.repliesTo(prompt, text)).toList();
    }

    private long roundIn(FakeChat group) {
        return core.rounds().list().stream().filter(r -> r.chats().contains(ref(group))).findFirst().orElseThrow().id();
    }

    private static ChatRef ref(FakeChat chat) {
        return ChatRef.parse("telegram:" + chat.id());
    }
}
