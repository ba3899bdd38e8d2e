package org.commonground.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.commonground.core.testkit.MutableClock;
import org.junit.jupiter.api.Test;

class SendPacerTest {

    static final long GROUP = -4000000001L;

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    final SendPacer pacer = new SendPacer(clock);

    @Test
    void aChatTakesAboutOneMessageASecond() {
        assertThat(pacer.message(42)).isZero();
        assertThat(pacer.message(42)).isPositive().isLessThanOrEqualTo(Duration.ofMillis(1100));
        assertThat(pacer.message(43)).isZero();
        clock.advance(Duration.ofMillis(1100));
        assertThat(pacer.message(42)).isZero();
    }

    @Test
    void aGroupTakesTwentyInAnyMinute() {
        for (int i = 0; i < 20; i++) {
            assertThat(pacer.message(GROUP)).as("message %d", i).isZero();
            clock.advance(Duration.ofMillis(1200));
        }
        Duration wait = pacer.message(GROUP);
        assertThat(wait).isGreaterThan(Duration.ofSeconds(30));
        clock.advance(wait);
        assertThat(pacer.message(GROUP)).isZero();
    }

    @Test
    void allChatsTogetherTakeThirtyASecondAndOtherCallsCountToo() {
        for (int i = 0; i < 29; i++) {
            assertThat(pacer.message(i + 1)).isZero();
        }
        assertThat(pacer.call()).isZero();
        assertThat(pacer.message(100)).isPositive();
        assertThat(pacer.call()).isPositive();
    }
}
