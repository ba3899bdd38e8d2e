package org.commonground.adapter.local.demo;

import org.commonground.adapter.local.LocalChatPlatform;
import org.commonground.core.round.RoundService;
import org.commonground.core.summary.SummaryService;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The {@code demo} command: a whole gathering replayed in a local room. */
@Component
public class DemoCommand {

    private final LocalDemo demo;

    public DemoCommand(LocalChatPlatform room, RoundService rounds, SummaryService summaries) {
        this.demo = new LocalDemo(room, rounds, summaries);
    }

    @Command(name = "demo", group = "Local room", availabilityProvider = "localRoomAvailability",
            description = "Replay a scripted gathering in a local room and print each round's summary.",
            help = "demo [--room demo]\n  ./commonground demo runs it on a scratch database; inside the shell it "
                    + "adds four rounds you can then explore.")
    public void demo(CommandContext context,
                     @Option(longName = "room", defaultValue = "demo", description = "the local room to use")
                     String room) {
        demo.run(room, context.outputWriter());
    }
}
