package org.commonground.core.testkit;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.commonground.core.collate.Features;
import org.commonground.core.collate.Placement;
import org.commonground.core.domain.Category;
import org.commonground.core.domain.CategorySource;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Contribution;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.port.ContributionStore;

/** Contributions in memory, for tests of the core. */
public final class InMemoryContributionStore implements ContributionStore {

    private final Map<Long, Contribution> byId = new TreeMap<>();
    private final Map<Long, Features> features = new TreeMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public synchronized Optional<Contribution> add(long roundId, ChatRef chat, String messageId, MemberRef author,
                                                   String text, Placement placement, Instant at) {
        if (findByMessage(chat, messageId).isPresent()) {
            return Optional.empty();
        }
        Contribution c = new Contribution(ids.incrementAndGet(), roundId, chat, messageId, author, text,
                placement.category(), placement.confidence(), CategorySource.SUGGESTED, at, null, 0, null);
        byId.put(c.id(), c);
        features.put(c.id(), placement.features());
        return Optional.of(c);
    }

    @Override
    public synchronized Optional<Contribution> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<Contribution> findByMessage(ChatRef chat, String messageId) {
        return byId.values().stream().filter(c -> c.chat().equals(chat) && c.messageId().equals(messageId)).findFirst();
    }

    @Override
    public synchronized List<Contribution> listByRound(long roundId) {
        return byId.values().stream().filter(c -> c.roundId() == roundId).toList();
    }

    @Override
    public synchronized List<Contribution> listByAuthor(MemberRef author) {
        return byId.values().stream().filter(c -> c.author().equals(author))
                .sorted(Comparator.comparing(Contribution::createdAt)).toList();
    }

    @Override
    public synchronized void updateText(long id, String text, Placement placement, Instant at) {
        Contribution c = byId.get(id);
        byId.put(id, new Contribution(c.id(), c.roundId(), c.chat(), c.messageId(), c.author(), text,
                placement.category(), placement.confidence(), c.source(), c.createdAt(), at, c.edits() + 1,
                c.themeId()));
        features.put(id, placement.features());
    }

    @Override
    public synchronized void updateCategory(long id, Category category, double confidence, boolean confirmed) {
        Contribution c = byId.get(id);
        byId.put(id, new Contribution(c.id(), c.roundId(), c.chat(), c.messageId(), c.author(), c.text(), category,
                confidence, confirmed ? CategorySource.CONFIRMED : c.source(), c.createdAt(), c.editedAt(), c.edits(),
                c.themeId()));
    }

    @Override
    public synchronized void assignThemes(Map<Long, String> themeByContribution) {
        themeByContribution.forEach((id, theme) -> {
            Contribution c = byId.get(id);
            byId.put(id, new Contribution(c.id(), c.roundId(), c.chat(), c.messageId(), c.author(), c.text(),
                    c.category(), c.confidence(), c.source(), c.createdAt(), c.editedAt(), c.edits(), theme));
        });
    }

    @Override
    public synchronized Map<Long, Features> features(long roundId) {
        return listByRound(roundId).stream().filter(c -> features.get(c.id()) != null)
                .collect(Collectors.toMap(Contribution::id, c -> features.get(c.id())));
    }

    @Override
    public synchronized boolean delete(long id) {
        features.remove(id);
        return byId.remove(id) != null;
    }

    @Override
    public synchronized int deleteByAuthor(MemberRef author) {
        List<Long> ids = listByAuthor(author).stream().map(Contribution::id).toList();
        ids.forEach(this::delete);
        return ids.size();
    }
}
