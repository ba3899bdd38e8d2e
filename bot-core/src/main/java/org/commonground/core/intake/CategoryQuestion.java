package org.commonground.core.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.commonground.core.domain.Button;
import org.commonground.core.domain.Category;
import org.commonground.core.domain.Contribution;
import org.commonground.core.domain.Topic;
import org.commonground.core.event.InboundEvent.ButtonPressed;
import org.commonground.core.event.InboundResult;
import org.commonground.core.outbox.Outbox;
import org.commonground.core.outbox.Platforms;
import org.commonground.core.port.Buttons;
import org.commonground.core.port.ContributionStore;
import org.commonground.core.port.OutboxStore;

/**
 * When the collator is unsure where a reply belongs, asks its author with one tap per category, as a
 * reply to their message; only the author's tap counts, and it confirms the category. Each button
 * names the reply as well as the category ({@code cat:42:IDEA}), so a tap is understood even before
 * the platform has told the bot which message carries the question.
 */
public final class CategoryQuestion {

    /** Below this confidence the author is asked. */
    public static final double ASK_BELOW = 0.5;
    static final String DATA_PREFIX = "cat:";

    private final ContributionStore contributions;
    private final OutboxStore outboxStore;
    private final Outbox outbox;
    private final Platforms platforms;

    public CategoryQuestion(ContributionStore contributions, OutboxStore outboxStore, Outbox outbox,
                            Platforms platforms) {
        this.contributions = contributions;
        this.outboxStore = outboxStore;
        this.outbox = outbox;
        this.platforms = platforms;
    }

    /** Queues the question if the contribution's category is unsure and its chat can show buttons. */
    void askIfUnsure(Contribution contribution) {
        if (contribution.confidence() >= ASK_BELOW || contribution.confirmed()
                || platforms.capability(contribution.chat(), Buttons.class).isEmpty()) {
            return;
        }
        List<Button> buttons = Arrays.stream(Category.values())
                .map(c -> new Button(c.choice(), DATA_PREFIX + contribution.id() + ":" + c.name()))
                .toList();
        outbox.post(contribution.chat(), m -> List.of("Thank you! Which fits your answer best?"),
                contribution.messageId(), buttons, Topic.ask(contribution.id()));
    }

    /** Takes a tap on one of the question's buttons. */
    InboundResult choose(ButtonPressed press) {
        String choice = press.data().startsWith(DATA_PREFIX) ? press.data().substring(DATA_PREFIX.length()) : "";
        int colon = choice.lastIndexOf(':');
        Optional<Contribution> asked = (colon < 0 ? askedIn(press) : named(choice.substring(0, colon)))
                .filter(contribution -> contribution.chat().equals(press.chat()));
        if (asked.isEmpty() || choice.isEmpty()) {
            return InboundResult.note("That question has gone; thanks anyway!");
        }
        Contribution contribution = asked.get();
        if (!contribution.author().equals(press.member())) {
            return InboundResult.note("Only the person who wrote that answer can choose — thank you!");
        }
        Category chosen;
        try {
            chosen = Category.valueOf(choice.substring(colon + 1));
        } catch (IllegalArgumentException unknown) {
            return InboundResult.note("That choice is not one I know; please tap another.");
        }
        if (!(contribution.confirmed() && contribution.category() == chosen)) {
            contributions.updateCategory(contribution.id(), chosen, 1.0, true);
            if (platforms.capability(press.chat(), org.commonground.core.port.Edits.class).isPresent()) {
                outbox.edit(press.chat(), press.messageId(),
                        m -> "Thank you! Filed under " + m.bold(m.escape(chosen.heading())) + ".", List.of());
            }
        }
        return InboundResult.note("Thanks — filed under “" + chosen.heading() + "”.");
    }

    private Optional<Contribution> named(String id) {
        try {
            return contributions.find(Long.parseLong(id));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    /** A question asked before its buttons named the reply is known by the message that carries it. */
    private Optional<Contribution> askedIn(ButtonPressed press) {
        return outboxStore.topicOf(press.chat(), press.messageId())
                .filter(topic -> topic.is(Topic.ASK))
                .flatMap(topic -> contributions.find(topic.id()));
    }
}
