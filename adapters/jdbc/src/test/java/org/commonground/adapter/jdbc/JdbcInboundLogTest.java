package org.commonground.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.adapter.jdbc.TestDatabase.T0;

import org.commonground.core.domain.ChatRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbcInboundLogTest {

    private final TestDatabase db = new TestDatabase();
    private final JdbcInboundLog log = db.inboundLog();
    private final ChatRef telegram = ChatRef.parse("telegram:-100123");
    private final ChatRef discord = ChatRef.parse("discord:5566");

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anEventIsTakenTheFirstTimeOnly() {
        assertThat(log.firstTime(telegram, "501", T0)).isTrue();
        assertThat(log.firstTime(telegram, "501", T0.plusSeconds(1))).isFalse();
        assertThat(log.firstTime(telegram, "502", T0)).isTrue();
    }

    @Test
    void keysAreKeptPerChat() {
        assertThat(log.firstTime(telegram, "501", T0)).isTrue();

        assertThat(log.firstTime(discord, "501", T0)).isTrue();
    }

    @Test
    void hostileKeysAreKeysLikeAnyOther() {
        String key = "btn:'; DELETE FROM inbound_events; -- 😀 <b>" + "k".repeat(500);

        assertThat(log.firstTime(telegram, key, T0)).isTrue();
        assertThat(log.firstTime(telegram, key, T0)).isFalse();
    }

    @Test
    void aRepeatInsideATransactionLeavesTheRestOfItsWork() {
        boolean repeated = db.transactions.inTransaction(() -> {
            log.firstTime(telegram, "501", T0);
            boolean again = log.firstTime(telegram, "501", T0);
            log.savePosition("telegram.update", 88);
            return again;
        });

        assertThat(repeated).isFalse();
        assertThat(log.position("telegram.update")).isEqualTo(88);
    }

    @Test
    void positionsAreZeroUntilSavedAndKeepTheLatestValue() {
        assertThat(log.position("telegram.update")).isZero();

        log.savePosition("telegram.update", 1_000_000_000_123L);
        log.savePosition("runtime.heartbeat", 17);
        log.savePosition("telegram.update", 1_000_000_000_124L);

        assertThat(log.position("telegram.update")).isEqualTo(1_000_000_000_124L);
        assertThat(log.position("runtime.heartbeat")).isEqualTo(17);
    }
}
