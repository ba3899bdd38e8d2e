package org.commonground.core.round;

import java.util.List;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.Contribution;
import org.commonground.core.port.ContributionStore;
import org.commonground.core.port.RoundStore;

/** What convenors do with single replies: list them and move one to another category. */
public final class ContributionService {

    private final ContributionStore contributions;
    private final RoundStore rounds;

    public ContributionService(ContributionStore contributions, RoundStore rounds) {
        this.contributions = contributions;
        this.rounds = rounds;
    }

    /** The round's replies in the order they arrived. */
    public List<Contribution> list(long roundId) {
        if (rounds.find(roundId).isEmpty()) {
            throw new IllegalArgumentException("There is no round " + roundId + ". `round list` shows the rounds.");
        }
        return contributions.listByRound(roundId);
    }

    /** Moves a reply to a category; a convenor's move is a confirmed category. */
    public Contribution move(long contributionId, Category category) {
        if (contributions.find(contributionId).isEmpty()) {
            throw new IllegalArgumentException("There is no contribution " + contributionId
                    + ". `contributions ROUND` lists a round's contributions with their ids.");
        }
        contributions.updateCategory(contributionId, category, 1.0, true);
        return contributions.find(contributionId).orElseThrow();
    }
}
