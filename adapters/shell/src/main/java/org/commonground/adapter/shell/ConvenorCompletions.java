package org.commonground.adapter.shell;

import java.util.List;
import java.util.stream.Stream;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.Round;
import org.commonground.core.openspace.OpenSpaceService;
import org.commonground.core.round.RoundService;
import org.commonground.core.status.StatusService;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.FileNameCompletionProvider;
import org.springframework.stereotype.Component;

/**
 * Tab completion for the convenor commands: categories, formats, known chats, round and open-space
 * ids, files. Ids and chats come from the store, so what is offered is what exists.
 */
@Component("convenorCompletions")
public class ConvenorCompletions implements CompletionProvider {

    private final RoundService rounds;
    private final StatusService status;
    private final OpenSpaceService openSpaces;
    private final FileNameCompletionProvider files = new FileNameCompletionProvider();

    public ConvenorCompletions(RoundService rounds, StatusService status, OpenSpaceService openSpaces) {
        this.rounds = rounds;
        this.status = status;
        this.openSpaces = openSpaces;
    }

    @Override
    public List<CompletionProposal> apply(CompletionContext context) {
        CommandOption option = context.getCommandOption();
        if (option == null) {
            String command = context.getCommand() == null ? "" : context.getCommand().getName();
            return command.startsWith("member") ? List.of() : command.startsWith("openspace") ? openSpaceIds()
                    : roundIds();
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

    private List<CompletionProposal> openSpaceIds() {
        return openSpaces.list().stream()
                .map(o -> new CompletionProposal(String.valueOf(o.id())).description(o.phase().label() + ": "
                        + Text.line(o.name(), 40)))
                .toList();
    }

    private static String describe(Round round) {
        return (round.isOpen() ? "open: " : "closed: ") + Text.line(round.prompt(), 40);
    }

    private static List<CompletionProposal> values(Stream<String> values) {
        return values.map(CompletionProposal::new).toList();
    }
}
