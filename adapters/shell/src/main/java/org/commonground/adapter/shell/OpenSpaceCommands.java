package org.commonground.adapter.shell;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.commonground.core.openspace.OpenSpace;
import org.commonground.core.openspace.OpenSpaceService;
import org.commonground.core.openspace.ProposalBoard;
import org.commonground.core.openspace.Slot;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** Setting up an open space, opening its call and its harvest, closing it, and looking at it. */
@Component
public class OpenSpaceCommands {

    static final String GROUP = "Open space";

    private final OpenSpaceService openSpaces;
    private final ProposalBoard proposals;
    private final Clock clock;

    public OpenSpaceCommands(OpenSpaceService openSpaces, ProposalBoard proposals, Clock clock) {
        this.openSpaces = openSpaces;
        this.proposals = proposals;
        this.clock = clock;
    }

    @Command(name = "openspace create", group = GROUP, description = "Set up an open space; prints its id.",
            help = "openspace create --chat REF[,REF…] --name NAME --slots 10:00,11:30 [--day 2026-05-16] "
                    + "[--length 1h] [--zone Europe/London] --spaces \"Hall:40,Garden:15\"\n  Slots are start times "
                    + "on the day (today if not given), or 2026-05-16T10:00 over several days.",
            completionProvider = "convenorCompletions")
    public String create(
            @Option(longName = "chat", required = true, description = "chats, comma-separated") String chat,
            @Option(longName = "name", required = true, description = "what it is called") String name,
            @Option(longName = "slots", description = "start times, comma-separated") String slots,
            @Option(longName = "day", description = "the day of the slots, like 2026-05-16") String day,
            @Option(longName = "length", description = "each slot's length, like 45m (1h if not given)") String length,
            @Option(longName = "zone", description = "the time zone, like Europe/London") String zone,
            @Option(longName = "spaces", description = "name:capacity, comma-separated") String spaces) {
        var timeZone = OpenSpaceArguments.zone(zone);
        OpenSpace created = openSpaces.create(Arguments.chats(chat), name, timeZone,
                OpenSpaceArguments.slots(slots, day, length, timeZone, clock), OpenSpaceArguments.spaces(spaces));
        return String.valueOf(created.id());
    }

    @Command(name = "openspace add", group = GROUP, description = "Add slots or spaces to an open space.",
            help = "openspace add ID [--slots 15:30] [--day 2026-05-16] [--length 1h] [--spaces \"Porch:8\"]\n"
                    + "  New slots are on the day of the last slot, as long as it, unless --day or --length says.",
            completionProvider = "convenorCompletions")
    public String add(@Argument(index = 0, description = "the open space's id") String id,
                      @Option(longName = "slots", description = "start times, comma-separated") String slots,
                      @Option(longName = "day", description = "the day of the slots") String day,
                      @Option(longName = "length", description = "each slot's length") String length,
                      @Option(longName = "spaces", description = "name:capacity, comma-separated") String spaces) {
        long openSpaceId = Arguments.id(id, "open space");
        OpenSpace before = openSpaces.get(openSpaceId);
        // New slots fall on the open space's last day and last as long as its last slot, unless told otherwise.
        Slot last = before.slots().get(before.slots().size() - 1);
        String onDay = day == null || day.isBlank() ? last.start().atZone(before.zone()).toLocalDate().toString() : day;
        String lasting = length == null || length.isBlank() ? last.length().toString() : length;
        OpenSpace after = openSpaces.add(openSpaceId,
                OpenSpaceArguments.slots(slots, onDay, lasting, before.zone(), clock), OpenSpaceArguments.spaces(spaces));
        return "Open space " + after.id() + " now has " + layout(after) + ".";
    }

    @Command(name = "openspace open", group = GROUP, description = "Open the call for proposals in the chats.",
            help = "openspace open ID", completionProvider = "convenorCompletions")
    public String open(@Argument(index = 0, description = "the open space's id") String id) {
        OpenSpace opened = openSpaces.openCall(Arguments.id(id, "open space"));
        return "The call for proposals of open space " + opened.id() + " is on its way to " + chats(opened) + ".";
    }

    @Command(name = "openspace list", group = GROUP, description = "List the open spaces, newest first.")
    public String list() {
        List<OpenSpace> all = openSpaces.list();
        if (all.isEmpty()) {
            return "No open spaces yet. Set one up with: openspace create --chat local:main --name \"Spring gathering\" "
                    + "--slots 10:00,11:00 --spaces \"Hall:30,Garden:12\"";
        }
        StringBuilder out = new StringBuilder(String.format("%-4s %-17s %-22s %s%n", "ID", "PHASE", "PLACES",
                "NAME / CHATS"));
        for (OpenSpace o : all) {
            out.append(String.format("%-4d %-17s %-22s %s%n", o.id(), o.phase().label(), layout(o),
                    Text.line(o.name(), 50)));
            out.append(String.format("%45s%s%n", "", chats(o)));
        }
        return out.toString().stripTrailing();
    }

    @Command(name = "openspace proposals", group = GROUP, description = "List an open space's sessions and who joined.",
            help = "openspace proposals ID\n  EXPECTED counts hosts and interested people once each.",
            completionProvider = "convenorCompletions")
    public String proposals(@Argument(index = 0, description = "the open space's id") String id) {
        List<ProposalBoard.Proposal> all = proposals.list(Arguments.id(id, "open space"));
        if (all.isEmpty()) {
            return "No sessions proposed yet. People propose with /propose Title | what it is about.";
        }
        StringBuilder out = new StringBuilder(String.format("%-4s %10s %8s %8s  %-22s %s%n", "NO", "INTERESTED",
                "CO-HOSTS", "EXPECTED", "PLACE", "TITLE"));
        all.forEach(p -> out.append(String.format("%-4d %10d %8d %8d  %-22s %s%n", p.number(),
                p.interested(), p.cohosts(), p.expected(), Text.line(p.place(), 22), Text.line(p.title(), 60))));
        return out.toString().stripTrailing();
    }

    @Command(name = "openspace harvest", group = GROUP, description = "Open the harvest: hosts are asked for notes.",
            help = "openspace harvest ID", completionProvider = "convenorCompletions")
    public String harvest(@Argument(index = 0, description = "the open space's id") String id) {
        OpenSpace harvesting = openSpaces.openHarvest(Arguments.id(id, "open space"));
        return "The harvest of open space " + harvesting.id() + " is open. `openspace summary show " + harvesting.id()
                + "` shows what came in.";
    }

    @Command(name = "openspace close", group = GROUP, description = "Close an open space: nothing more is taken.",
            help = "openspace close ID", completionProvider = "convenorCompletions")
    public String close(@Argument(index = 0, description = "the open space's id") String id) {
        OpenSpace closed = openSpaces.close(Arguments.id(id, "open space"));
        return "Open space " + closed.id() + " is closed. Thank you for convening it!";
    }

    private static String layout(OpenSpace o) {
        return o.slots().size() + " slots × " + o.spaces().size() + " spaces";
    }

    private static String chats(OpenSpace o) {
        return o.chats().stream().map(Object::toString).collect(Collectors.joining(", "));
    }
}
