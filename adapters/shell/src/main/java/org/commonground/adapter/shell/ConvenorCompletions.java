package org.commonground.adapter.shell;

import java.util.List;
import java.util.stream.Stream;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.Round;
import org.commonground.core.round.RoundService;
import org.commonground.core.status.StatusService;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.FileNameCompletionProvider;
import org.springframework.stereotype.Component;

/**
 * Tab completion for the convenor commands: categories, formats, known chats, round ids, files.
 * Round ids and chats come from the store, so what is offered is what exists.
 */
@Component("convenorCompletions")
public class ConvenorCompletions implements CompletionProvider {

    private final RoundService rounds;
    private final StatusService status;
    private final FileNameCompletionProvider files = new FileNameCompletionProvider();

    public ConvenorCompletions(RoundService rounds, StatusService status) {
        this.rounds = rounds;
        this.status = status;
    }

    @Override
    public List<CompletionProposal> apply(CompletionContext context) {
        CommandOption option = context.getCommandOption();
        if (option == null) {
            return context.getCommand() != null && context.getCommand().getName().startsWith("member")
                    ? List.of() : roundIds();
        }
        String name = option.longName() == null ? "" : option.longName();
        return switch (name) {
            case "category" -> values(Stream.concat(Stream.of(Category.values()).map(Category::key),
                    context.getCommand().getName().equals("round open") ? Stream.of("open") : Stream.empty()));
            case "format" -> values(context.getCommand().getName().equals("export")
                    ? Stream.of("csv", "json", "markdown") : Stream.of("text", "markdown", "html"));
            case "chat" -> values(Stream.concat(Stream.of("local:main"),
                    status.chats().stream().map(c -> c.ref().toString())).distinct());
            case "round" -> roundIds();
            case "file", "in", "out" -> files.apply(context);
            default -> List.of();
        };
    }

    private List<CompletionProposal> roundIds() {
        return rounds.list().stream()
                .map(r -> new CompletionProposal(String.valueOf(r.id())).description(describe(r)))
                .toList();
    }

    private static String describe(Round round) {
        return (round.isOpen() ? "open: " : "closed: ") + Text.line(round.prompt(), 40);
    }

    private static List<CompletionProposal> values(Stream<String> values) {
        return values.map(CompletionProposal::new).toList();
    }
}
