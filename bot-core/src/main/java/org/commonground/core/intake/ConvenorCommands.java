package org.commonground.core.intake;

import java.util.List;
import java.util.Optional;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.Round;
import org.commonground.core.event.InboundEvent.CommandIssued;
import org.commonground.core.event.InboundResult;
import org.commonground.core.port.RoundStore;
import org.commonground.core.round.RoundService;
import org.commonground.core.summary.SummaryService;

/** The in-chat commands for the chat's administrators: asking a question and posting its summary. */
public final class ConvenorCommands {

    private final RoundService roundService;
    private final SummaryService summaryService;
    private final RoundStore rounds;

    public ConvenorCommands(RoundService roundService, SummaryService summaryService, RoundStore rounds) {
        this.roundService = roundService;
        this.summaryService = summaryService;
        this.rounds = rounds;
    }

    Optional<InboundResult> handle(CommandIssued command) {
        if (!command.name().equals("ask") && !command.name().equals("summary")) {
            return Optional.empty();
        }
        if (!command.admin()) {
            return Optional.of(InboundResult.note("Only this chat's admins can do that — thank you for trying!"));
        }
        return Optional.of(command.name().equals("ask") ? ask(command) : summary(command));
    }

    private InboundResult ask(CommandIssued command) {
        String args = command.args().strip();
        int space = args.indexOf(' ');
        String first = space < 0 ? args : args.substring(0, space);
        Category category = null;
        String prompt = args;
        try {
            if (first.equalsIgnoreCase("open")) {
                prompt = args.substring(first.length()).strip();
            } else {
                category = Category.parse(first);
                prompt = args.substring(first.length()).strip();
            }
        } catch (IllegalArgumentException notACategory) {
            // the whole text is the prompt of an open question
        }
        if (prompt.isEmpty() && category != null) {
            prompt = category.prompt();
        }
        if (prompt.isEmpty()) {
            return InboundResult.note("Write the question after /ask, for example: /ask obstacle What is in our way?");
        }
        Round round = roundService.open(List.of(command.chat()), prompt, category, null);
        return InboundResult.note("Question " + round.id() + " is on its way.");
    }

    private InboundResult summary(CommandIssued command) {
        List<Round> here = rounds.list().stream().filter(r -> r.chats().contains(command.chat())).toList();
        if (here.isEmpty()) {
            return InboundResult.note("There's no question in this chat to summarise yet.");
        }
        int queued = summaryService.post(here.get(0).id());
        return InboundResult.note("The summary of question " + here.get(0).id() + " is on its way ("
                + queued + (queued == 1 ? " message)." : " messages)."));
    }
}
