package org.commonground.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.event.InboundEvent;
import org.commonground.core.event.InboundResult;
import org.commonground.core.event.InboundSink;
import org.commonground.core.port.InboundLog;
import org.commonground.core.testkit.InMemoryCore;
import org.commonground.testkit.telegram.FakeChat;
import org.commonground.testkit.telegram.FakeTelegram;
import org.commonground.testkit.telegram.Pacing;
import org.commonground.testkit.telegram.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The long-polling intake on the real client against the fake, handing events to the real core. */
class UpdateIntakeTest {

    final FakeTelegram telegram = FakeTelegram.builder().pacing(Pacing.unlimited()).start();
    final InMemoryCore core = new InMemoryCore();
    final Store store = new Store(core.inboundLog);
    final Person ann = telegram.person("Ann");
    final FakeChat direct = ann.privateChat();
    TelegramChatPlatform platform;

    @AfterEach
    void stop() {
        if (platform != null) {
            platform.stop();
        }
        telegram.close();
    }

    @Test
    void anUpdateThatCannotBeTakenIsSkippedAndPollingGoesOn() {
        start(event -> {
            if (event instanceof InboundEvent.CommandIssued && ((InboundEvent.CommandIssued) event).name().equals("poison")) {
                throw new IllegalStateException("a bug in taking this one");
            }
            return core.services.inbound().accept(event);
        });
        ann.says(direct, "/help");
        ann.says(direct, "/poison");
        ann.says(direct, "/start");

        telegram.await(() -> telegram.sent(direct).size() == 2 && telegram.pendingUpdates() == 0);
        telegram.await(() -> store.position(position()) == 3);
    }

    @Test
    void aPollsUpdatesAreOfferedToTheCoreTogetherBeforeEachIsTaken() {
        List<InboundEvent> prepared = new CopyOnWriteArrayList<>();
        List<Boolean> offeredFirst = new CopyOnWriteArrayList<>();
        start(new InboundSink() {
            @Override
            public InboundResult accept(InboundEvent event) {
                offeredFirst.add(prepared.contains(event));
                return core.services.inbound().accept(event);
            }

            @Override
            public void prepare(List<InboundEvent> events) {
                prepared.addAll(events);
            }
        });
        ann.says(direct, "/help");
        ann.says(direct, "/start");

        telegram.await(() -> telegram.sent(direct).size() == 2 && telegram.pendingUpdates() == 0);
        assertThat(offeredFirst).hasSize(2).containsOnly(true);
    }

    @Test
    void whileTheStoreIsDownAnUpdateStaysUnconfirmedAndIsTakenWhenItAnswers() {
        AtomicInteger tries = new AtomicInteger();
        start(event -> {
            tries.incrementAndGet();
            store.check();
            return core.services.inbound().accept(event);
        });
        store.down.set(true);
        ann.says(direct, "/help");
        telegram.await(Duration.ofSeconds(20), () -> tries.get() >= 4);
        assertThat(telegram.pendingUpdates()).isEqualTo(1);
        assertThat(telegram.sent(direct)).isEmpty();

        store.down.set(false);
        telegram.await(Duration.ofSeconds(20), () -> telegram.sent(direct).size() == 1 && telegram.pendingUpdates() == 0);
        assertThat(store.position(position())).isEqualTo(1);
    }

    @Test
    void aRestartedBotAsksForTheUpdateAfterTheLastOneStored() {
        start(core.services.inbound());
        ann.says(direct, "/help");
        telegram.await(() -> telegram.sent(direct).size() == 1);
        platform.stop();
        store.savePosition(position(), 41);

        start(core.services.inbound());
        telegram.await(() -> telegram.requests().stream()
                .anyMatch(r -> r.is("getUpdates") && r.body().contains("\"offset\":42")));
    }

    private void start(InboundSink sink) {
        platform = new TelegramChatPlatform(new TelegramSettings(telegram.token(), URI.create(telegram.baseUrl()),
                Duration.ofSeconds(1)), store, Clock.systemUTC());
        platform.start(sink);
    }

    private String position() {
        return "telegram." + telegram.botId() + ".update";
    }

    /** The inbound log, with a switch that makes the store stop answering. */
    static final class Store implements InboundLog {
        final AtomicBoolean down = new AtomicBoolean();
        private final InboundLog log;

        Store(InboundLog log) {
            this.log = log;
        }

        void check() {
            if (down.get()) {
                throw new IllegalStateException("the database does not answer");
            }
        }

        @Override
        public boolean firstTime(ChatRef chat, String eventKey, Instant at) {
            check();
            return log.firstTime(chat, eventKey, at);
        }

        @Override
        public long position(String name) {
            check();
            return log.position(name);
        }

        @Override
        public void savePosition(String name, long value) {
            check();
            log.savePosition(name, value);
        }
    }
}
