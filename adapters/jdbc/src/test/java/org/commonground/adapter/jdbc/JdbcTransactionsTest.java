package org.commonground.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.commonground.adapter.jdbc.TestDatabase.T0;
import static org.commonground.adapter.jdbc.TestDatabase.placement;

import java.util.Optional;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Contribution;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.domain.OutboundMessage.Post;
import org.commonground.core.domain.Round;
import org.commonground.core.port.Transactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.UnexpectedRollbackException;

class JdbcTransactionsTest {

    private final TestDatabase db = new TestDatabase();
    private final Transactions transactions = db.transactions;
    private final JdbcContributionStore contributions = db.contributions();
    private final JdbcOutboxStore outbox = db.outbox();
    private final JdbcInboundLog log = db.inboundLog();
    private final Round round = db.openRound("telegram:-100123");
    private final ChatRef chat = round.chats().get(0);
    private final MemberRef ana = MemberRef.parse("telegram:4242");

    @AfterEach
    void close() {
        db.close();
    }

    private void takeReply(String messageId) {
        log.firstTime(chat, messageId, T0);
        contributions.add(round.id(), chat, messageId, ana, "reply " + messageId, placement(Category.IDEA, 0.9, 1f), T0);
        outbox.enqueue(chat, Post.plain("thanks"), null, T0);
    }

    @Test
    void returnsTheWorksResultAndKeepsItsWrites() {
        String result = transactions.inTransaction(() -> {
            takeReply("1");
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(contributions.listByRound(round.id())).hasSize(1);
        assertThat(db.count("outbox")).isEqualTo(1);
    }

    @Test
    void rollsBackAsAUnit() {
        assertThatThrownBy(() -> transactions.run(() -> {
            takeReply("1");
            throw new IllegalArgumentException("refused");
        })).hasMessage("refused");

        assertThat(contributions.listByRound(round.id())).isEmpty();
        assertThat(db.count("contribution_features")).isZero();
        assertThat(db.count("outbox")).isZero();
        assertThat(log.firstTime(chat, "1", T0)).isTrue();
    }

    @Test
    void aNestedCallJoinsTheOuterUnit() {
        assertThatThrownBy(() -> transactions.run(() -> {
            transactions.run(() -> takeReply("1"));
            assertThat(contributions.findByMessage(chat, "1")).isPresent();
            throw new IllegalStateException("outer fails after the inner work returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(contributions.findByMessage(chat, "1")).isEmpty();
        assertThat(db.count("outbox")).isZero();
    }

    @Test
    void aFailedNestedCallSpoilsTheWholeUnitEvenIfCaught() {
        assertThatThrownBy(() -> transactions.run(() -> {
            takeReply("1");
            try {
                transactions.run(() -> {
                    throw new IllegalStateException("inner fails");
                });
            } catch (IllegalStateException caught) {
                // the inner work joined this unit, so this unit can no longer commit
            }
        })).isInstanceOf(UnexpectedRollbackException.class);

        assertThat(contributions.findByMessage(chat, "1")).isEmpty();
    }

    @Test
    void aDuplicateReplyInsideAUnitLeavesTheRestOfItsWork() {
        Optional<Contribution> duplicate = transactions.inTransaction(() -> {
            takeReply("1");
            Optional<Contribution> again = contributions.add(round.id(), chat, "1", ana, "again",
                    placement(Category.IDEA, 0.9), T0);
            outbox.enqueue(chat, Post.plain("after the duplicate"), null, T0);
            return again;
        });

        assertThat(duplicate).isEmpty();
        assertThat(contributions.listByRound(round.id())).hasSize(1);
        assertThat(db.count("outbox")).isEqualTo(2);
    }
}
