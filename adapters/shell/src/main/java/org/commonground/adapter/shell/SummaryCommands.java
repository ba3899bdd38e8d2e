package org.commonground.adapter.shell;

import org.commonground.core.summary.SummaryService;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** Showing a round's summary, and posting it to the round's chats. */
@Component
public class SummaryCommands {

    private final SummaryService summaries;

    public SummaryCommands(SummaryService summaries) {
        this.summaries = summaries;
    }

    @Command(name = "summary show", group = "Summaries", description = "Show a round's summary here, without posting it.",
            help = "summary show ROUND [--format text|markdown|html]", completionProvider = "convenorCompletions")
    public String show(@Argument(index = 0, description = "the round's id") String round,
                       @Option(longName = "format", defaultValue = "text", description = "text, markdown or html")
                       String format) {
        return summaries.show(Arguments.id(round, "round"), Arguments.format(format));
    }

    @Command(name = "summary post", group = "Summaries", description = "Post a round's summary to every chat of the round.",
            help = "summary post ROUND", completionProvider = "convenorCompletions")
    public String post(@Argument(index = 0, description = "the round's id") String round) {
        long id = Arguments.id(round, "round");
        int queued = summaries.post(id);
        return "The summary of round " + id + " is queued (" + queued + (queued == 1 ? " message" : " messages")
                + "); the running bot posts it.";
    }
}
