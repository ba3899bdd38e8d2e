package org.commonground.core.intake;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.commonground.core.collate.CollationContext;
import org.commonground.core.collate.Placement;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Contribution;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.domain.Round;
import org.commonground.core.domain.Topic;
import org.commonground.core.event.InboundEvent;
import org.commonground.core.event.InboundEvent.MessageDeleted;
import org.commonground.core.event.InboundEvent.MessageEdited;
import org.commonground.core.event.InboundEvent.MessagePosted;
import org.commonground.core.event.InboundResult;
import org.commonground.core.outbox.Outbox;
import org.commonground.core.port.Collator;
import org.commonground.core.port.ContributionStore;
import org.commonground.core.port.MemberStore;
import org.commonground.core.port.OutboxStore;
import org.commonground.core.port.RoundStore;

/**
 * Takes members' replies: a reply to a round's prompt, a direct message while a round is open for
 * the member, or {@code /share}. Each is placed by the collator, stored once, and acknowledged with
 * a quiet reaction; when the collator is unsure, the author is asked.
 */
public final class ReplyIntake {

    /** The reaction that says "got it" without a message. */
    public static final String ACKNOWLEDGEMENT = "✍";

    private final RoundStore rounds;
    private final ContributionStore contributions;
    private final MemberStore members;
    private final OutboxStore outboxStore;
    private final Outbox outbox;
    private final Collator collator;
    private final CategoryQuestion question;

    public ReplyIntake(RoundStore rounds, ContributionStore contributions, MemberStore members,
                       OutboxStore outboxStore, Outbox outbox, Collator collator, CategoryQuestion question) {
        this.rounds = rounds;
        this.contributions = contributions;
        this.members = members;
        this.outboxStore = outboxStore;
        this.outbox = outbox;
        this.collator = collator;
        this.question = question;
    }

    /** Lets the collator compute together, ahead, what the replies among these events need. */
    void prepare(List<InboundEvent> events) {
        List<String> texts = events.stream()
                .filter(MessagePosted.class::isInstance).map(MessagePosted.class::cast)
                .filter(posted -> posted.direct() || posted.replyTo() != null)
                .map(posted -> ReplyText.clean(posted.text()))
                .filter(text -> !text.isEmpty())
                .toList();
        if (!texts.isEmpty()) {
            collator.prepare(texts);
        }
    }

    InboundResult posted(MessagePosted event) {
        if (event.direct()) {
            Optional<Round> round = members.chatsOf(event.author()).stream()
                    .flatMap(chat -> rounds.openIn(chat).stream())
                    .max(Comparator.comparing(Round::openedAt));
            if (round.isEmpty()) {
                return InboundResult.note("Thanks for getting in touch! There's no open question for you right "
                        + "now; I'll take your answers when a convenor asks one in your group.");
            }
            return take(round.get(), event.chat(), event.messageId(), event.author(), event.authorName(),
                    event.text(), event.at(), false)
                    .map(c -> InboundResult.note("Thank you — your answer is in."))
                    .orElse(InboundResult.NOTHING);
        }
        Optional<Round> round = roundOfPrompt(event.chat(), event.replyTo());
        if (round.isEmpty()) {
            return InboundResult.NOTHING;
        }
        take(round.get(), event.chat(), event.messageId(), event.author(), event.authorName(), event.text(),
                event.at(), true);
        return InboundResult.NOTHING;
    }

    /**
     * Takes {@code text} as the member's answer to the round: stores it once, acknowledges it, and
     * asks the author for the category when the collator is unsure.
     *
     * @param react whether to acknowledge with a reaction on the message (not for a slash command)
     * @return the new contribution, or empty for an empty text or a message already taken
     */
    Optional<Contribution> take(Round round, ChatRef chat, String messageId, MemberRef author, String authorName,
                                String text, Instant at, boolean react) {
        String cleaned = ReplyText.clean(text);
        if (cleaned.isEmpty() || !round.isOpen()) {
            return Optional.empty();
        }
        members.seen(author, authorName, chat, at);
        Placement placement = collator.place(cleaned, round.category(), new CollationContext(round.gatheringId()));
        Optional<Contribution> stored = contributions.add(round.id(), chat, messageId, author, cleaned, placement, at);
        stored.ifPresent(contribution -> {
            if (react) {
                outbox.react(chat, messageId, ACKNOWLEDGEMENT);
            }
            question.askIfUnsure(contribution);
        });
        return stored;
    }

    InboundResult edited(MessageEdited event) {
        Optional<Contribution> found = contributions.findByMessage(event.chat(), event.messageId())
                .filter(c -> c.author().equals(event.author()));
        if (found.isEmpty()) {
            return InboundResult.NOTHING;
        }
        Contribution contribution = found.get();
        String cleaned = ReplyText.clean(event.text());
        if (cleaned.isEmpty()) {
            contributions.delete(contribution.id());
        } else if (!cleaned.equals(contribution.text())) {
            Round round = rounds.find(contribution.roundId()).orElseThrow();
            Placement placed = collator.place(cleaned, round.category(), new CollationContext(round.gatheringId()));
            Placement placement = contribution.confirmed()
                    ? new Placement(contribution.category(), 1.0, placed.features()) : placed;
            contributions.updateText(contribution.id(), cleaned, placement, event.at());
        }
        return InboundResult.NOTHING;
    }

    InboundResult deleted(MessageDeleted event) {
        contributions.findByMessage(event.chat(), event.messageId())
                .ifPresent(contribution -> contributions.delete(contribution.id()));
        return InboundResult.NOTHING;
    }

    /** The open or closed round whose prompt is the given bot message, if it is one. */
    Optional<Round> roundOfPrompt(ChatRef chat, String messageId) {
        if (messageId == null) {
            return Optional.empty();
        }
        return outboxStore.topicOf(chat, messageId)
                .filter(topic -> topic.is(Topic.ROUND))
                .flatMap(topic -> rounds.find(topic.id()));
    }

    /** The newest open round in the chat, if any. */
    Optional<Round> newestOpenIn(ChatRef chat) {
        List<Round> open = rounds.openIn(chat);
        return open.isEmpty() ? Optional.empty() : Optional.of(open.get(0));
    }
}
