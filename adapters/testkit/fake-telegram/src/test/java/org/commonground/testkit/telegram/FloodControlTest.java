package org.commonground.testkit.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.testkit.telegram.RealClient.refusal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class FloodControlTest {

    private final ManualClock clock = new ManualClock();

    @Test
    void aChatTakesAShortBurstThenOneMessageASecond() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.builder().clock(clock).start()) {
            TelegramClient client = RealClient.of(telegram);
            FakeChat group = telegram.group("Gathering", telegram.person("Alice"));
            for (int i = 0; i < 3; i++) {
                client.execute(message(group));
            }

            TelegramApiRequestException refusal = refusal(() -> client.execute(message(group)));
            assertThat(refusal.getErrorCode()).isEqualTo(429);
            assertThat(refusal.getApiResponse()).isEqualTo("Too Many Requests: retry after 1");
            assertThat(refusal.getParameters().getRetryAfter()).isEqualTo(1);
            assertThat(telegram.tooManyRequestsGiven()).isEqualTo(1);

            clock.advance(Duration.ofSeconds(1));
            assertThat(client.execute(message(group)).getMessageId()).isEqualTo(4);
        }
    }

    @Test
    void aGroupTakesTwentyAMinute() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.builder().clock(clock).pacing(new Pacing(100, 100, 20, 0)).start()) {
            TelegramClient client = RealClient.of(telegram);
            FakeChat group = telegram.group("Gathering", telegram.person("Alice"));
            for (int i = 0; i < 20; i++) {
                client.execute(message(group));
            }

            assertThat(refusal(() -> client.execute(message(group))).getParameters().getRetryAfter()).isEqualTo(3);
        }
    }

    @Test
    void allChatsTogetherShareTheOverallLimit() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.builder().clock(clock).pacing(new Pacing(0, 0, 0, 2)).start()) {
            TelegramClient client = RealClient.of(telegram);
            Person alice = telegram.person("Alice");
            client.execute(message(telegram.group("One", alice)));
            client.execute(message(telegram.group("Two", alice)));

            assertThat(refusal(() -> client.execute(message(telegram.group("Three", alice)))).getErrorCode())
                    .isEqualTo(429);
        }
    }

    @Test
    void aStormRefusesTheSameSendsForTheSameSeed() throws Exception {
        List<Integer> first = refusedDuringStorm();
        List<Integer> second = refusedDuringStorm();

        assertThat(first).isNotEmpty().hasSizeLessThan(20).isEqualTo(second);
    }

    private List<Integer> refusedDuringStorm() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.builder().pacing(Pacing.unlimited()).stormSeed(7).start()) {
            TelegramClient client = RealClient.of(telegram);
            FakeChat group = telegram.group("Gathering", telegram.person("Alice"));
            telegram.storm(0.5, 9);
            List<Integer> refused = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                try {
                    client.execute(message(group));
                } catch (TelegramApiRequestException refusal) {
                    assertThat(refusal.getParameters().getRetryAfter()).isEqualTo(9);
                    refused.add(i);
                }
            }
            telegram.storm(0, 0);
            client.execute(message(group));
            assertThat(telegram.tooManyRequestsGiven()).isEqualTo(refused.size());
            return refused;
        }
    }

    @Test
    void theNextCallsOfAMethodFailAsArranged() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.builder().pacing(Pacing.unlimited()).start()) {
            TelegramClient client = RealClient.of(telegram);
            FakeChat group = telegram.group("Gathering", telegram.person("Alice"));
            telegram.failNext("SENDMESSAGE", 2, 502, "Bad Gateway");

            for (int i = 0; i < 2; i++) {
                TelegramApiRequestException refusal = refusal(() -> client.execute(message(group)));
                assertThat(refusal.getErrorCode()).isEqualTo(502);
                assertThat(refusal.getApiResponse()).isEqualTo("Bad Gateway");
            }
            assertThat(client.execute(message(group)).getMessageId()).isEqualTo(1);
        }
    }

    private static SendMessage message(FakeChat chat) {
        return SendMessage.builder().chatId(chat.id()).text("A note for " + chat.title()).build();
    }
}
