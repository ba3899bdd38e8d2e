package org.commonground.core.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commonground.core.collate.Collation;
import org.commonground.core.collate.CollationContext;
import org.commonground.core.collate.CollationInput;
import org.commonground.core.collate.Features;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Contribution;
import org.commonground.core.domain.OutboundMessage;
import org.commonground.core.domain.OutboxMessage;
import org.commonground.core.domain.Round;
import org.commonground.core.domain.TextFormat;
import org.commonground.core.domain.Theme;
import org.commonground.core.domain.Topic;
import org.commonground.core.outbox.Outbox;
import org.commonground.core.port.Collator;
import org.commonground.core.port.ContributionStore;
import org.commonground.core.port.OutboxStore;
import org.commonground.core.port.RoundStore;
import org.commonground.core.port.ThemeStore;
import org.commonground.core.port.Transactions;

/**
 * Collates a round's replies into categories and themes, and writes and posts its summary.
 */
public final class SummaryService {

    private final RoundStore rounds;
    private final ContributionStore contributions;
    private final ThemeStore themes;
    private final Collator collator;
    private final SummaryBuilder builder;
    private final Outbox outbox;
    private final OutboxStore outboxStore;
    private final Transactions transactions;

    public SummaryService(RoundStore rounds, ContributionStore contributions, ThemeStore themes, Collator collator,
                          SummaryBuilder builder, Outbox outbox, OutboxStore outboxStore, Transactions transactions) {
        this.rounds = rounds;
        this.contributions = contributions;
        this.themes = themes;
        this.collator = collator;
        this.builder = builder;
        this.outbox = outbox;
        this.outboxStore = outboxStore;
        this.transactions = transactions;
    }

    /** A round after collation: its replies with their categories and themes, and the themes. */
    public record Collated(Round round, List<Contribution> contributions, List<Theme> themes) {
    }

    /**
     * Collates the round afresh: suggested categories may change, confirmed ones never do; the
     * themes are stored and each reply is linked to its theme.
     */
    public Collated collate(long roundId) {
        return transactions.inTransaction(() -> {
            Round round = rounds.find(roundId).orElseThrow(() -> new IllegalArgumentException(
                    "There is no round " + roundId + ". `round list` shows the rounds."));
            List<Contribution> replies = contributions.listByRound(roundId);
            Map<Long, Features> features = contributions.features(roundId);
            List<CollationInput> inputs = replies.stream()
                    .map(c -> new CollationInput(String.valueOf(c.id()), c.text(), round.category(),
                            c.confirmed() ? c.category() : null, features.get(c.id())))
                    .toList();
            Collation collation = collator.collate(inputs, new CollationContext(round.gatheringId()));
            Map<Long, String> themeOf = new HashMap<>();
            for (int i = 0; i < replies.size(); i++) {
                Contribution c = replies.get(i);
                Collation.Placed placed = collation.placed().get(i);
                if (!c.confirmed() && (placed.category() != c.category() || placed.confidence() != c.confidence())) {
                    contributions.updateCategory(c.id(), placed.category(), placed.confidence(), false);
                }
                themeOf.put(c.id(), placed.themeId());
            }
            List<Theme> roundThemes = new ArrayList<>();
            for (Collation.ThemeDraft draft : collation.themes()) {
                roundThemes.add(new Theme(draft.id(), roundId, draft.category(), draft.label(),
                        draft.keys().stream().map(Long::valueOf).toList(), Long.parseLong(draft.quoteKey())));
            }
            themes.replace(roundId, roundThemes);
            contributions.assignThemes(themeOf);
            return new Collated(round, contributions.listByRound(roundId), themes.list(roundId));
        });
    }

    /** Collates the round and builds its summary. */
    public Summary summarise(long roundId) {
        return builder.build(collate(roundId));
    }

    /** The summary as text in the given format. */
    public String show(long roundId, TextFormat format) {
        return SummaryRenderer.render(summarise(roundId), format);
    }

    /**
     * Queues the summary for every chat of the round, each in its platform's dialect and split to
     * its length limit.
     *
     * @return how many messages were queued
     */
    public int post(long roundId) {
        return transactions.inTransaction(() -> {
            Summary summary = summarise(roundId);
            Round round = rounds.find(roundId).orElseThrow();
            int queued = 0;
            for (ChatRef chat : round.chats()) {
                queued += outbox.postWritten(chat, SummaryRenderer.messages(summary, outbox.dialectOf(chat)),
                        Topic.summary(roundId)).size();
            }
            return queued;
        });
    }

    /** The parts of the round's summary the running bot has delivered to the chat so far, in order. */
    public List<String> delivered(long roundId, ChatRef chat) {
        return outboxStore.deliveredFor(Topic.summary(roundId)).stream()
                .filter(m -> m.chat().equals(chat))
                .map(OutboxMessage::message)
                .filter(OutboundMessage.Post.class::isInstance)
                .map(m -> ((OutboundMessage.Post) m).text())
                .toList();
    }
}
