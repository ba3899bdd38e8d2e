package org.commonground.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.commonground.core.domain.Button;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.OutboundMessage;
import org.commonground.core.domain.OutboxStatus;
import org.commonground.core.domain.TextFormat;
import org.commonground.core.domain.Topic;
import org.commonground.core.port.ChatPlatform;
import org.commonground.core.port.DeliveryException;
import org.commonground.core.port.Dialect;
import org.commonground.core.port.ShareForms;
import org.commonground.core.testkit.InMemoryOutboxStore;
import org.commonground.core.testkit.MutableClock;
import org.commonground.core.testkit.RecordingPlatform;
import org.junit.jupiter.api.Test;

class OutboxDispatcherTest {

    static final ChatRef A = ChatRef.parse("tg:1");
    static final ChatRef B = ChatRef.parse("tg:2");

    final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-23T10:00:00Z"));
    final InMemoryOutboxStore store = new InMemoryOutboxStore();
    final RecordingPlatform platform = new RecordingPlatform("tg", new Dialect(TextFormat.HTML, 4096));
    final OutboxDispatcher dispatcher = new OutboxDispatcher(store, new Platforms(List.of(platform)), clock);

    @Test
    void eachChatGetsItsMessagesInOrderAndARateLimitHoldsTheChatBackForRetryAfter() {
        long a1 = enqueue(A, "a1");
        enqueue(A, "a2");
        enqueue(B, "b1");
        platform.failNext(DeliveryException.rateLimited(Duration.ofSeconds(3)));

        dispatcher.deliverDue();
        assertThat(texts(A)).isEmpty();
        assertThat(texts(B)).containsExactly("b1");
        assertThat(store.find(a1).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);

        clock.advance(Duration.ofSeconds(2));
        dispatcher.deliverDue();
        assertThat(texts(A)).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        while (dispatcher.deliverDue() > 0) {
            // drain
        }
        assertThat(texts(A)).containsExactly("a1", "a2");
    }

    @Test
    void transientFailuresBackOffAndPermanentOnesAreKeptAsFailedWithoutBlockingTheChat() {
        long first = enqueue(A, "first");
        enqueue(A, "second");
        platform.failNext(DeliveryException.transientFailure("502", null),
                DeliveryException.permanent("Bad Request: chat not found"));

        dispatcher.deliverDue();
        clock.advance(OutboxDispatcher.backoff(0));
        dispatcher.deliverDue();
        assertThat(store.find(first).orElseThrow().status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(store.find(first).orElseThrow().lastError()).contains("chat not found");

        dispatcher.deliverDue();
        assertThat(texts(A)).containsExactly("second");
    }

    @Test
    void backOffDoublesUpToFiveMinutes() {
        assertThat(OutboxDispatcher.backoff(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(OutboxDispatcher.backoff(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(OutboxDispatcher.backoff(30)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void buttonsOnAPlatformWithoutThemFailClearlyAndMessagesToOtherPlatformsWait() {
        ChatPlatform plain = new ChatPlatform() {
            public String platform() {
                return "plain";
            }

            public Dialect dialect() {
                return Dialect.PLAIN_TEXT;
            }

            public void start(org.commonground.core.event.InboundSink sink) {
            }

            public void stop() {
            }

            public String post(ChatRef chat, OutboundMessage.Post post) {
                return "1";
            }
        };
        OutboxDispatcher plainOnly = new OutboxDispatcher(store, new Platforms(List.of(plain)), clock);
        long withButtons = store.enqueue(ChatRef.parse("plain:x"), new OutboundMessage.Post("pick", TextFormat.PLAIN,
                null, List.of(new Button("Yes", "y"))), null, clock.instant());
        long elsewhere = enqueue(A, "for telegram");

        plainOnly.deliverDue();

        assertThat(store.find(withButtons).orElseThrow().status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(store.find(withButtons).orElseThrow().lastError()).contains("cannot show buttons");
        assertThat(store.find(elsewhere).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);
    }

    @Test
    void aRoundsPromptGoesWithItsShareFormWhereThePlatformOffersOne() {
        List<String> calls = new java.util.ArrayList<>();
        class FormPlatform implements ChatPlatform, ShareForms {
            public String platform() {
                return "forms";
            }

            public Dialect dialect() {
                return Dialect.PLAIN_TEXT;
            }

            public void start(org.commonground.core.event.InboundSink sink) {
            }

            public void stop() {
            }

            public String post(ChatRef chat, OutboundMessage.Post post) {
                calls.add("post " + post.text());
                return "1";
            }

            public String postPrompt(ChatRef chat, OutboundMessage.Post post) {
                calls.add("prompt " + post.text());
                return "2";
            }
        }
        OutboxDispatcher withForms = new OutboxDispatcher(store, new Platforms(List.of(new FormPlatform())), clock);
        ChatRef chat = ChatRef.parse("forms:x");
        store.enqueue(chat, OutboundMessage.Post.plain("What matters?"), Topic.round(1), clock.instant());
        store.enqueue(chat, OutboundMessage.Post.plain("Summary"), Topic.summary(1), clock.instant());
        store.enqueue(chat, OutboundMessage.Post.plain("Closed"), null, clock.instant());

        while (withForms.deliverDue() > 0) {
            // drain
        }

        assertThat(calls).containsExactly("prompt What matters?", "post Summary", "post Closed");
        assertThat(platform.sent()).isEmpty();
    }

    private long enqueue(ChatRef chat, String text) {
        return store.enqueue(chat, OutboundMessage.Post.plain(text), null, clock.instant());
    }

    private List<String> texts(ChatRef chat) {
        return platform.sentTo(chat).stream().map(s -> ((OutboundMessage.Post) s.message()).text()).toList();
    }
}
