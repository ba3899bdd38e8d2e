package org.commonground.testkit.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The fake's own options and the guards against tests that ask people for the impossible. */
class FakeTelegramTest {

    @Test
    void theBotIsWhoTheTokenAndOptionsSay() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.builder().token("12345:secret").bot("gathering_bot", "Gathering")
                .start()) {
            User me = RealClient.of(telegram).execute(new GetMe());

            assertThat(me.getId()).isEqualTo(12345L).isEqualTo(telegram.botId());
            assertThat(me.getUserName()).isEqualTo("gathering_bot");
            assertThat(me.getIsBot()).isTrue();
        }
        assertThatThrownBy(() -> FakeTelegram.builder().token("no-id").start())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLongestPollCapsWhatTheClientAsksFor() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.builder().longestPoll(Duration.ofMillis(100)).start()) {
            assertThat(RealClient.of(telegram).execute(GetUpdates.builder().timeout(50).build())).isEmpty();
        }
    }

    @Test
    void theRequestLogKeepsTheMostRecentButCountsEveryRefusal() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.builder().requestLogSize(2).start()) {
            TelegramClient client = RealClient.of(telegram);
            telegram.failNext("getMe", 1, 429, "Too Many Requests: retry after 1");
            RealClient.refusal(() -> client.execute(new GetMe()));
            client.execute(new GetMe());
            RealClient.refusal(() -> client.execute(
                    SendMessage.builder().chatId(telegram.botId()).text("to myself").build()));

            assertThat(telegram.requests()).extracting(LoggedRequest::status).containsExactly(200, 400);
            assertThat(telegram.requests().get(1).body()).contains("\"text\":\"to myself\"");
            assertThat(telegram.tooManyRequestsGiven()).isEqualTo(1);
        }
    }

    @Test
    void awaitingFailsTheTestWhenTheConditionNeverHolds() {
        try (FakeTelegram telegram = FakeTelegram.start()) {
            assertThatThrownBy(() -> telegram.await(Duration.ofMillis(50), () -> false))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("did not hold");
        }
    }

    @Test
    void peopleCannotDoWhatTheirAppsWouldNotLetThem() {
        try (FakeTelegram telegram = FakeTelegram.start()) {
            Person alice = telegram.person("Alice");
            Person bob = telegram.person("Bob");
            FakeChat group = telegram.group("Gathering", alice, bob);
            MessageRef hers = alice.says(group, "mine");
            group.remove(bob);

            assertThatThrownBy(() -> bob.says(group, "hello")).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> bob.edits(hers, "ours")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> bob.taps(hers, "vision")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> alice.reactsTo(hers, "🦆")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> alice.says(bob.privateChat(), "hi")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> alice.repliesTo(group.message(99), "hi")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
