package org.commonground.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.commonground.adapter.jdbc.TestDatabase.T0;

import java.util.List;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Round;
import org.commonground.core.domain.RoundStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcRoundStoreTest {

    private final TestDatabase db = new TestDatabase();
    private final JdbcRoundStore rounds = db.rounds();
    private final ChatRef telegram = ChatRef.parse("telegram:-100123");
    private final ChatRef discord = ChatRef.parse("discord:5566");
    private final long gathering = db.gatherings().findOrCreate(List.of(telegram, discord), "network").id();

    @AfterEach
    void close() {
        db.close();
    }

    private Round open(String prompt, int minute, ChatRef... chats) {
        return rounds.create(gathering, List.of(chats), prompt, Category.VISION, T0.plusSeconds(60L * minute), null);
    }

    @Test
    void createsAnOpenRoundAndFindsItAgain() {
        Round created = rounds.create(gathering, List.of(discord, telegram), "What matters to you? <b>\"Us\"</b> 💬",
                null, T0, T0.plusSeconds(3600));

        assertThat(created).isEqualTo(new Round(created.id(), gathering, List.of(discord, telegram),
                "What matters to you? <b>\"Us\"</b> 💬", null, RoundStatus.OPEN, T0, T0.plusSeconds(3600), null));
        assertThat(rounds.find(created.id())).contains(created);
        assertThat(rounds.find(created.id() + 1)).isEmpty();
    }

    @Test
    void listsRoundsNewestFirst() {
        Round first = open("first", 0, telegram);
        Round second = open("second", 1, discord);

        assertThat(rounds.list()).containsExactly(second, first);
    }

    @Test
    void theOpenRoundsOfAChatAreThoseThatIncludeItNewestFirst() {
        Round both = open("both", 0, telegram, discord);
        Round telegramOnly = open("telegram only", 1, telegram);
        Round discordOnly = open("discord only", 2, discord);
        rounds.close(discordOnly.id(), T0.plusSeconds(600));

        assertThat(rounds.openIn(telegram)).containsExactly(telegramOnly, both);
        assertThat(rounds.openIn(discord)).containsExactly(both);
        assertThat(rounds.openIn(ChatRef.parse("local:main"))).isEmpty();
    }

    @Test
    void closesARoundOnce() {
        Round round = open("q", 0, telegram);

        assertThat(rounds.close(round.id(), T0.plusSeconds(90))).isTrue();
        assertThat(rounds.close(round.id(), T0.plusSeconds(95))).isFalse();

        Round closed = rounds.find(round.id()).orElseThrow();
        assertThat(closed.status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(T0.plusSeconds(90));
        assertThat(rounds.openIn(telegram)).isEmpty();
        assertThat(rounds.close(round.id() + 1, T0)).isFalse();
    }

    @Test
    void dueToCloseAreOpenRoundsWhoseTimeHasCome() {
        Round early = rounds.create(gathering, List.of(telegram), "early", null, T0, T0.plusSeconds(60));
        Round exact = rounds.create(gathering, List.of(telegram), "exact", null, T0, T0.plusSeconds(120));
        rounds.create(gathering, List.of(telegram), "later", null, T0, T0.plusSeconds(121));
        rounds.create(gathering, List.of(telegram), "by hand", null, T0, null);
        Round closed = rounds.create(gathering, List.of(telegram), "closed", null, T0, T0.plusSeconds(1));
        rounds.close(closed.id(), T0);

        assertThat(rounds.dueToClose(T0.plusSeconds(120))).extracting(Round::id).containsExactly(early.id(), exact.id());
    }

    @Test
    void seesARoundOpenedByAnotherProcessOnceTheShortExpiryHasPassed() {
        assertThat(rounds.openIn(telegram)).isEmpty();

        Round opened = new JdbcRoundStore(JdbcClient.create(db.dataSource()), db.ticker)
                .create(gathering, List.of(telegram), "from a one-off command", null, T0, null);
        db.letCachesExpire();

        assertThat(rounds.openIn(telegram)).containsExactly(opened);
    }

    @Test
    void seesItsOwnOpeningAndClosingAtOnce() {
        assertThat(rounds.openIn(telegram)).isEmpty();

        Round round = open("q", 0, telegram);
        assertThat(rounds.openIn(telegram)).containsExactly(round);

        rounds.close(round.id(), T0);
        assertThat(rounds.openIn(telegram)).isEmpty();
    }

    @Test
    void aRolledBackRoundDoesNotLingerInTheCache() {
        assertThatThrownBy(() -> db.transactions.run(() -> {
            open("never", 0, telegram);
            assertThat(rounds.openIn(telegram)).hasSize(1);
            throw new IllegalStateException("changed my mind");
        })).hasMessage("changed my mind");

        assertThat(rounds.openIn(telegram)).isEmpty();
    }
}
