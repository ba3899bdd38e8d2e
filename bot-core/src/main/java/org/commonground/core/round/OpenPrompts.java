package org.commonground.core.round;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Contribution;
import org.commonground.core.domain.OutboxMessage;
import org.commonground.core.domain.Round;
import org.commonground.core.domain.Topic;
import org.commonground.core.port.ContributionStore;
import org.commonground.core.port.OutboxStore;
import org.commonground.core.port.RoundStore;

/**
 * Where a platform that was away should look for replies it missed: each of its chats with an open
 * round, the prompt messages a reply there answers, and the messages already taken there. The ids
 * are the platform's, so only its adapter can tell which came later.
 */
public final class OpenPrompts {

    /**
     * One chat with open rounds.
     *
     * @param promptIds the delivered prompts of its open rounds
     * @param takenIds  the messages already stored as answers to those rounds from this chat
     */
    public record InChat(ChatRef chat, List<String> promptIds, List<String> takenIds) {

        public InChat {
            promptIds = List.copyOf(promptIds);
            takenIds = List.copyOf(takenIds);
        }
    }

    private final RoundStore rounds;
    private final ContributionStore contributions;
    private final OutboxStore outbox;

    public OpenPrompts(RoundStore rounds, ContributionStore contributions, OutboxStore outbox) {
        this.rounds = rounds;
        this.contributions = contributions;
        this.outbox = outbox;
    }

    /** The platform's chats whose open rounds have a delivered prompt, in no particular order. */
    public List<InChat> on(String platform) {
        Map<ChatRef, List<String>> prompts = new LinkedHashMap<>();
        Map<ChatRef, List<String>> taken = new HashMap<>();
        for (Round round : rounds.list()) {
            if (!round.isOpen()) {
                continue;
            }
            for (OutboxMessage prompt : outbox.deliveredFor(Topic.round(round.id()))) {
                if (prompt.chat().platform().equals(platform)) {
                    prompts.computeIfAbsent(prompt.chat(), chat -> new ArrayList<>()).add(prompt.deliveredId());
                }
            }
            for (Contribution contribution : contributions.listByRound(round.id())) {
                if (contribution.chat().platform().equals(platform)) {
                    taken.computeIfAbsent(contribution.chat(), chat -> new ArrayList<>()).add(contribution.messageId());
                }
            }
        }
        List<InChat> open = new ArrayList<>();
        prompts.forEach((chat, ids) -> open.add(new InChat(chat, ids, taken.getOrDefault(chat, List.of()))));
        return open;
    }
}
