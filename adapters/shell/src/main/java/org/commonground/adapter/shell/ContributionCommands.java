package org.commonground.adapter.shell;

import java.util.List;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.Contribution;
import org.commonground.core.round.ContributionService;
import org.commonground.core.summary.SummaryService;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** Looking at a round's replies and themes, and moving a reply to another category. */
@Component
public class ContributionCommands {

    private final ContributionService contributions;
    private final SummaryService summaries;

    public ContributionCommands(ContributionService contributions, SummaryService summaries) {
        this.contributions = contributions;
        this.summaries = summaries;
    }

    @Command(name = "contributions", group = "Replies", description = "List a round's replies with their categories.",
            help = "contributions ROUND\n  A * after the category means a person chose it.",
            completionProvider = "convenorCompletions")
    public String list(@Argument(index = 0, description = "the round's id") String round) {
        List<Contribution> all = contributions.list(Arguments.id(round, "round"));
        if (all.isEmpty()) {
            return "No replies yet.";
        }
        StringBuilder out = new StringBuilder(String.format("%-6s %-10s %5s %-5s %s%n", "ID", "CATEGORY", "SURE",
                "THEME", "TEXT"));
        for (Contribution c : all) {
            out.append(String.format("%-6d %-10s %5.2f %-5s %s%n", c.id(), c.category().key() + (c.confirmed() ? "*" : ""),
                    c.confidence(), c.themeId() == null ? "-" : c.themeId(), Text.line(c.text(), 90)));
        }
        return out.toString().stripTrailing();
    }

    @Command(name = "contribution move", group = "Replies", description = "Move a reply to another category.",
            help = "contribution move ID --category vision|obstacle|target|idea", completionProvider = "convenorCompletions")
    public String move(@Argument(index = 0, description = "the reply's id") String id,
                       @Option(longName = "category", required = true, description = "vision, obstacle, target or idea")
                       String category) {
        Contribution moved = contributions.move(Arguments.id(id, "contribution"), Category.parse(category));
        return "Moved " + moved.id() + " to “" + moved.category().heading() + "”.";
    }

    @Command(name = "themes", group = "Replies", description = "Collate a round and show its themes.",
            help = "themes ROUND", completionProvider = "convenorCompletions")
    public String themes(@Argument(index = 0, description = "the round's id") String round) {
        return ThemeTable.of(summaries.collate(Arguments.id(round, "round")));
    }
}
