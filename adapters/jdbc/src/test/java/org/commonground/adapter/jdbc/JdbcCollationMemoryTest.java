package org.commonground.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.adapter.jdbc.TestDatabase.T0;
import static org.commonground.adapter.jdbc.TestDatabase.placement;

import java.util.List;

import org.commonground.core.collate.Anchor;
import org.commonground.core.collate.Exemplar;
import org.commonground.core.domain.Category;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.domain.Round;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbcCollationMemoryTest {

    private final TestDatabase db = new TestDatabase();
    private final JdbcCollationMemory memory = db.collationMemory();
    private final JdbcContributionStore contributions = db.contributions();
    private final Round round = db.openRound("telegram:-100123");
    private final Round elsewhere = db.openRound("discord:42");

    @AfterEach
    void close() {
        db.close();
    }

    private long reply(Round in, String author, String text) {
        return contributions.add(in.id(), in.chats().get(0), "m" + text.hashCode(), new MemberRef("telegram", author),
                text, placement(Category.OBSTACLE, 0.6, 0.6f, 0.8f), T0).orElseThrow().id();
    }

    @Test
    void anchorsKeepTheirNameAndPinnedRepliesWithTheirVectors() {
        long a = reply(round, "u1", "bus fares");
        long b = reply(round, "u2", "fares again");
        long anchor = memory.createAnchor(round.gatheringId(), Category.OBSTACLE, null);
        long other = memory.createAnchor(round.gatheringId(), Category.OBSTACLE, "Forms");

        memory.pin(anchor, List.of(a, b));
        memory.pin(other, List.of(b));
        memory.renameAnchor(anchor, "Fares");

        assertThat(memory.anchors(round.gatheringId())).satisfiesExactly(
                first -> {
                    assertThat(first.label()).isEqualTo("Fares");
                    assertThat(first.members()).singleElement().satisfies(m -> {
                        assertThat(m.contributionId()).isEqualTo(a);
                        assertThat(m.text()).isEqualTo("bus fares");
                        assertThat(m.features().vector()).containsExactly(0.6f, 0.8f);
                    });
                },
                second -> assertThat(second.members()).extracting(Anchor.Member::contributionId).containsExactly(b));
        assertThat(memory.anchors(elsewhere.gatheringId())).isEmpty();
    }

    @Test
    void forgettingARepliesAuthorUnpinsItButTheAnchorsNameRemains() {
        long a = reply(round, "u1", "bus fares");
        long anchor = memory.createAnchor(round.gatheringId(), Category.OBSTACLE, "Fares");
        memory.pin(anchor, List.of(a));

        contributions.deleteByAuthor(new MemberRef("telegram", "u1"));

        assertThat(memory.anchors(round.gatheringId())).singleElement().satisfies(kept -> {
            assertThat(kept.label()).isEqualTo("Fares");
            assertThat(kept.members()).isEmpty();
        });
        memory.deleteAnchor(anchor);
        assertThat(memory.anchors(round.gatheringId())).isEmpty();
    }

    @Test
    void theGatheringsConfirmedRepliesAreItsExemplars() {
        long confirmed = reply(round, "u1", "councillors");
        reply(round, "u2", "suggested only");
        long otherGathering = reply(elsewhere, "u3", "not this network");
        contributions.updateCategory(confirmed, Category.TARGET, 1.0, true);
        contributions.updateCategory(otherGathering, Category.IDEA, 1.0, true);

        assertThat(memory.confirmed(round.gatheringId())).singleElement().satisfies(exemplar -> {
            assertThat(exemplar.category()).isEqualTo(Category.TARGET);
            assertThat(exemplar.text()).isEqualTo("councillors");
            assertThat(exemplar.features().model()).isEqualTo("test-model/1");
        });
        assertThat(memory.confirmed(elsewhere.gatheringId())).extracting(Exemplar::category)
                .containsExactly(Category.IDEA);
    }
}
