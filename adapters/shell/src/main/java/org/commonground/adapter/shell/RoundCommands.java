package org.commonground.adapter.shell;

import java.util.List;
import java.util.stream.Collectors;

import org.commonground.core.domain.Round;
import org.commonground.core.round.ContributionService;
import org.commonground.core.round.RoundService;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** Opening, listing and closing rounds. */
@Component
public class RoundCommands {

    private final RoundService rounds;
    private final ContributionService contributions;

    public RoundCommands(RoundService rounds, ContributionService contributions) {
        this.rounds = rounds;
        this.contributions = contributions;
    }

    @Command(name = "round open", group = "Rounds", description = "Ask the chats a question; prints the new round's id.",
            help = "round open --chat REF[,REF…] --prompt TEXT [--category vision|obstacle|target|idea|open] "
                    + "[--closes 30m|2h|1d]\n  e.g. round open --chat local:main --prompt \"What matters to you?\" "
                    + "--category vision", completionProvider = "convenorCompletions")
    public String open(
            @Option(longName = "chat", required = true, description = "chats, comma-separated: telegram:-100…, "
                    + "discord:…, local:main") String chat,
            @Option(longName = "prompt", required = true, description = "the question to ask") String prompt,
            @Option(longName = "category", defaultValue = "open",
                    description = "vision, obstacle, target, idea or open") String category,
            @Option(longName = "closes", description = "close by itself after 30m, 2h, 1d…") String closes) {
        Round round = rounds.open(Arguments.chats(chat), prompt, Arguments.promptCategory(category),
                Arguments.duration(closes));
        return String.valueOf(round.id());
    }

    @Command(name = "round list", group = "Rounds", description = "List the rounds, newest first.")
    public String list() {
        List<Round> all = rounds.list();
        if (all.isEmpty()) {
            return "No rounds yet. Open one with: round open --chat local:main --prompt \"What matters to you?\"";
        }
        StringBuilder out = new StringBuilder(String.format("%-5s %-7s %-9s %7s  %-16s %s%n", "ID", "STATUS",
                "CATEGORY", "REPLIES", "OPENED", "PROMPT / CHATS"));
        for (Round round : all) {
            out.append(String.format("%-5d %-7s %-9s %7d  %-16s %s%n", round.id(), round.isOpen() ? "open" : "closed",
                    round.categoryKey(), contributions.list(round.id()).size(), Text.when(round.openedAt()),
                    Text.line(round.prompt(), 60)));
            out.append(String.format("%48s%s%n", "", round.chats().stream().map(Object::toString)
                    .collect(Collectors.joining(", "))));
        }
        return out.toString().stripTrailing();
    }

    @Command(name = "round close", group = "Rounds", description = "Close a round: replies are no longer taken.",
            help = "round close ROUND", completionProvider = "convenorCompletions")
    public String close(@Argument(index = 0, description = "the round's id") String round) {
        Round closed = rounds.close(Arguments.id(round, "round"));
        return "Round " + closed.id() + " is closed. `summary post " + closed.id() + "` shares what people said.";
    }
}
