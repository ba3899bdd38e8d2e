package org.commonground.core.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.commonground.core.collate.Anchor;
import org.commonground.core.collate.Exemplar;
import org.commonground.core.collate.Features;
import org.commonground.core.domain.Category;
import org.commonground.core.domain.Contribution;
import org.commonground.core.domain.Round;
import org.commonground.core.port.CollationMemory;

/**
 * What the collator learned, in memory, for tests of the core. Exemplars and pinned replies are read
 * from the contribution store, so a deleted contribution is forgotten here too, as in the database.
 */
public final class InMemoryCollationMemory implements CollationMemory {

    private record Stored(long gatheringId, Category category, String label) {
    }

    private final InMemoryRoundStore rounds;
    private final InMemoryContributionStore contributions;
    private final Map<Long, Stored> anchors = new LinkedHashMap<>();
    private final Map<Long, Long> anchorOf = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public InMemoryCollationMemory(InMemoryRoundStore rounds, InMemoryContributionStore contributions) {
        this.rounds = rounds;
        this.contributions = contributions;
    }

    @Override
    public synchronized List<Exemplar> confirmed(long gatheringId) {
        List<Exemplar> exemplars = new ArrayList<>();
        for (Round round : rounds.list()) {
            if (round.gatheringId() == gatheringId) {
                Map<Long, Features> features = contributions.features(round.id());
                contributions.listByRound(round.id()).stream().filter(Contribution::confirmed)
                        .forEach(c -> exemplars.add(new Exemplar(c.category(), c.text(), features.get(c.id()))));
            }
        }
        return exemplars;
    }

    @Override
    public synchronized List<Anchor> anchors(long gatheringId) {
        List<Anchor> found = new ArrayList<>();
        anchors.forEach((id, anchor) -> {
            if (anchor.gatheringId() == gatheringId) {
                List<Anchor.Member> members = new ArrayList<>();
                anchorOf.forEach((contributionId, anchorId) -> {
                    if (anchorId.equals(id)) {
                        contributions.find(contributionId).ifPresent(c -> members.add(new Anchor.Member(c.id(),
                                c.text(), contributions.features(c.roundId()).get(c.id()))));
                    }
                });
                found.add(new Anchor(id, anchor.category(), anchor.label(), members));
            }
        });
        return found;
    }

    @Override
    public synchronized long createAnchor(long gatheringId, Category category, String label) {
        long id = ids.incrementAndGet();
        anchors.put(id, new Stored(gatheringId, category, label));
        return id;
    }

    @Override
    public synchronized void renameAnchor(long anchorId, String label) {
        Stored anchor = anchors.get(anchorId);
        anchors.put(anchorId, new Stored(anchor.gatheringId(), anchor.category(), label));
    }

    @Override
    public synchronized void pin(long anchorId, Collection<Long> contributionIds) {
        contributionIds.forEach(id -> anchorOf.put(id, anchorId));
    }

    @Override
    public synchronized void deleteAnchor(long anchorId) {
        anchors.remove(anchorId);
        anchorOf.values().removeIf(id -> id == anchorId);
    }
}
