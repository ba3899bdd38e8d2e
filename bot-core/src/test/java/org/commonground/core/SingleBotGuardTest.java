package org.commonground.core;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.commonground.core.testkit.InMemoryInboundLog;
import org.commonground.core.testkit.MutableClock;
import org.junit.jupiter.api.Test;

class SingleBotGuardTest {

    final InMemoryInboundLog log = new InMemoryInboundLog();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    final SingleBotGuard guard = new SingleBotGuard(log, clock, Duration.ofMillis(300));

    @Test
    void aDatabaseNobodyServesOrAStaleHeartbeatLetsTheBotStart() {
        assertThatCode(guard::ensureAlone).doesNotThrowAnyException();
        log.savePosition(BotRuntime.HEARTBEAT, clock.millis());
        clock.advance(Duration.ofSeconds(7));
        assertThatCode(guard::ensureAlone).doesNotThrowAnyException();
    }

    @Test
    void aFreshHeartbeatThatStopsIsABotThatWasKilled() {
        log.savePosition(BotRuntime.HEARTBEAT, clock.millis());
        assertThatCode(guard::ensureAlone).doesNotThrowAnyException();
    }

    @Test
    void aHeartbeatThatKeepsBeatingIsAnotherBot() throws Exception {
        log.savePosition(BotRuntime.HEARTBEAT, clock.millis());
        Thread other = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            log.savePosition(BotRuntime.HEARTBEAT, clock.millis() + 2000);
        });
        other.start();
        assertThatThrownBy(guard::ensureAlone).isInstanceOf(BotAlreadyRunningException.class)
                .hasMessageContaining("Another Common Ground bot is already running");
        other.join();
    }
}
