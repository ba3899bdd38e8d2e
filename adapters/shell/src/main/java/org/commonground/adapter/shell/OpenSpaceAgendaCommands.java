package org.commonground.adapter.shell;

import org.commonground.core.domain.TextFormat;
import org.commonground.core.openspace.AgendaService;
import org.commonground.core.openspace.HarvestService;
import org.commonground.core.openspace.ScheduleService;
import org.commonground.core.openspace.Session;
import org.commonground.core.openspace.schedule.Schedule;
import org.commonground.core.openspace.schedule.Unplaced;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** Making an open space's agenda, showing and posting it, and its harvest summary. */
@Component
public class OpenSpaceAgendaCommands {

    private final ScheduleService schedules;
    private final AgendaService agendas;
    private final HarvestService harvests;

    public OpenSpaceAgendaCommands(ScheduleService schedules, AgendaService agendas, HarvestService harvests) {
        this.schedules = schedules;
        this.agendas = agendas;
        this.harvests = harvests;
    }

    @Command(name = "openspace schedule", group = OpenSpaceCommands.GROUP,
            description = "Make the agenda from who chose what, and close the call for proposals.",
            help = "openspace schedule ID\n  Nobody hosts two sessions at once; big sessions get spaces that hold "
                    + "them; as few people as possible find two of their sessions at the same time. Run it again "
                    + "after more taps to remake the agenda.", completionProvider = "convenorCompletions")
    public String schedule(@Argument(index = 0, description = "the open space's id") String id) {
        ScheduleService.Scheduled scheduled = schedules.schedule(Arguments.id(id, "open space"));
        Schedule schedule = scheduled.schedule();
        long openSpace = scheduled.openSpace().id();
        StringBuilder out = new StringBuilder();
        out.append(schedule.bookings().size()).append(schedule.bookings().size() == 1 ? " session" : " sessions")
                .append(" placed; ").append(schedule.clashes()).append(schedule.clashes() == 1 ? " clash" : " clashes")
                .append(" (someone with two of their sessions at the same time).\n");
        out.append(schedule.proven() ? "No agenda could do better for these choices.\n"
                : "The best agenda found within the search's budget.\n");
        for (Unplaced unplaced : schedule.unplaced()) {
            Session session = scheduled.sessions().get(unplaced.sessionId());
            out.append("Not placed: session ").append(session.number()).append(" “").append(session.title())
                    .append("”: ").append(unplaced.reason().explanation()).append(".\n");
        }
        out.append('\n').append(agendas.show(openSpace, TextFormat.PLAIN)).append("\n\n")
                .append("Post it to the chats with: openspace agenda post ").append(openSpace);
        return out.toString();
    }

    @Command(name = "openspace agenda show", group = OpenSpaceCommands.GROUP,
            description = "Show the agenda here, without posting it.",
            help = "openspace agenda show ID [--format text|markdown|html]", completionProvider = "convenorCompletions")
    public String showAgenda(@Argument(index = 0, description = "the open space's id") String id,
                             @Option(longName = "format", defaultValue = "text", description = "text, markdown or html")
                             String format) {
        return agendas.show(Arguments.id(id, "open space"), Arguments.format(format));
    }

    @Command(name = "openspace agenda post", group = OpenSpaceCommands.GROUP,
            description = "Post the agenda to every chat, as text and as a picture where the chat takes pictures.",
            help = "openspace agenda post ID", completionProvider = "convenorCompletions")
    public String postAgenda(@Argument(index = 0, description = "the open space's id") String id) {
        AgendaService.Posted posted = agendas.post(Arguments.id(id, "open space"));
        return "The agenda is queued (" + posted.messages() + (posted.messages() == 1 ? " message" : " messages")
                + (posted.pictureProblem() == null ? " and " + posted.pictures()
                + (posted.pictures() == 1 ? " picture" : " pictures")
                : "; the picture could not be drawn here: " + posted.pictureProblem())
                + "); the running bot posts it.";
    }

    @Command(name = "openspace summary show", group = OpenSpaceCommands.GROUP,
            description = "Show the harvest: each session's notes sorted into ideas, obstacles and actions.",
            help = "openspace summary show ID [--format text|markdown|html]", completionProvider = "convenorCompletions")
    public String showSummary(@Argument(index = 0, description = "the open space's id") String id,
                              @Option(longName = "format", defaultValue = "text", description = "text, markdown or html")
                              String format) {
        return harvests.show(Arguments.id(id, "open space"), Arguments.format(format));
    }

    @Command(name = "openspace summary post", group = OpenSpaceCommands.GROUP,
            description = "Post the harvest to every chat of the open space.",
            help = "openspace summary post ID", completionProvider = "convenorCompletions")
    public String postSummary(@Argument(index = 0, description = "the open space's id") String id) {
        long openSpace = Arguments.id(id, "open space");
        int queued = harvests.post(openSpace);
        return "The harvest of open space " + openSpace + " is queued (" + queued
                + (queued == 1 ? " message" : " messages") + "); the running bot posts it.";
    }
}
