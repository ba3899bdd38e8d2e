package org.commonground.core.round;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Gathering;
import org.commonground.core.domain.OutboxMessage;
import org.commonground.core.domain.Round;
import org.commonground.core.domain.Topic;
import org.commonground.core.outbox.Outbox;
import org.commonground.core.port.ChatStore;
import org.commonground.core.port.GatheringStore;
import org.commonground.core.port.OutboxStore;
import org.commonground.core.port.RoundStore;
import org.commonground.core.port.Transactions;

/** Opens and closes rounds: a prompt posted to a gathering's chats, and the time replies are taken. */
public final class RoundService {

    static final int MAX_PROMPT = 1000;

    private final RoundStore rounds;
    private final GatheringStore gatherings;
    private final ChatStore chats;
    private final Outbox outbox;
    private final OutboxStore outboxStore;
    private final Transactions transactions;
    private final Clock clock;

    public RoundService(RoundStore rounds, GatheringStore gatherings, ChatStore chats, Outbox outbox,
                        OutboxStore outboxStore, Transactions transactions, Clock clock) {
        this.rounds = rounds;
        this.gatherings = gatherings;
        this.chats = chats;
        this.outbox = outbox;
        this.outboxStore = outboxStore;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Opens a round and queues its prompt for every chat.
     *
     * @param category  the category the prompt asks for, or {@code null} for an open prompt
     * @param closesIn  how long it stays open by itself, or {@code null} until closed by hand
     */
    public Round open(List<ChatRef> chatRefs, String prompt, Category category, Duration closesIn) {
        List<ChatRef> distinct = List.copyOf(new LinkedHashSet<>(chatRefs));
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("Name at least one chat for the round, for example --chat local:main.");
        }
        distinct.forEach(outbox::checkChat);
        String text = prompt == null ? "" : prompt.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("The prompt is empty: write the question to ask.");
        }
        if (text.length() > MAX_PROMPT) {
            throw new IllegalArgumentException("The prompt is " + text.length() + " characters; keep it under "
                    + MAX_PROMPT + ".");
        }
        if (closesIn != null && (closesIn.isNegative() || closesIn.isZero())) {
            throw new IllegalArgumentException("A round must stay open for some time: " + closesIn);
        }
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            String name = distinct.stream().map(ChatRef::toString).collect(Collectors.joining(" + "));
            Gathering gathering = gatherings.findOrCreate(distinct, name);
            Round round = rounds.create(gathering.id(), distinct, text, category, now,
                    closesIn == null ? null : now.plus(closesIn));
            for (ChatRef chat : distinct) {
                chats.seen(chat, null, now);
                postPrompt(round, chat);
            }
            return round;
        });
    }

    /**
     * A chat the platform moved (a Telegram group that became a supergroup) keeps its rounds. The
     * prompts of its open rounds are posted again in the new chat, so that members can still answer
     * with a reply there; a second report of the same move changes nothing.
     */
    public void chatMoved(ChatRef from, ChatRef to) {
        transactions.run(() -> {
            List<Round> open = rounds.openIn(from);
            if (chats.move(from, to, clock.instant()) > 0) {
                open.forEach(round -> postPrompt(round, to));
            }
        });
    }

    private void postPrompt(Round round, ChatRef chat) {
        outbox.post(chat, m -> List.of(m.bold(m.escape(round.prompt())), "",
                "↩️ Reply to this message to answer, or send /share followed by your answer. "
                        + "Answers are gathered into a summary for everyone; nobody is named unless they "
                        + "choose to be."), null, List.of(), Topic.round(round.id()));
    }

    /** Closes an open round and thanks its chats; closing a closed round is an error. */
    public Round close(long id) {
        return transactions.inTransaction(() -> {
            Round round = get(id);
            if (!rounds.close(id, clock.instant())) {
                throw new IllegalArgumentException("Round " + id + " is already closed.");
            }
            for (ChatRef chat : round.chats()) {
                outbox.post(chat, m -> List.of("Thank you — this question is now closed: " + m.italic(
                        m.escape(shorten(round.prompt())))), null, List.of(), null);
            }
            return get(id);
        });
    }

    /** Closes every open round whose closing time has come; returns them. */
    public List<Round> closeDue() {
        List<Round> closed = new ArrayList<>();
        for (Round due : rounds.dueToClose(clock.instant())) {
            try {
                closed.add(close(due.id()));
            } catch (IllegalArgumentException closedMeanwhile) {
                // a convenor closed it by hand a moment ago; nothing left to do
            }
        }
        return closed;
    }

    /** The platform id of the round's prompt in the chat, once the running bot has delivered it. */
    public Optional<String> promptMessageId(long roundId, ChatRef chat) {
        return outboxStore.deliveredFor(Topic.round(roundId)).stream()
                .filter(m -> m.chat().equals(chat))
                .map(OutboxMessage::deliveredId)
                .findFirst();
    }

    public List<Round> list() {
        return rounds.list();
    }

    /** The round, or an error that says how to find the right id. */
    public Round get(long id) {
        return rounds.find(id).orElseThrow(() -> new IllegalArgumentException(
                "There is no round " + id + ". `round list` shows the rounds."));
    }

    private static String shorten(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }
}
