package org.commonground.core.openspace.harvest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.commonground.core.summary.Markup;

/**
 * Writes a {@link HarvestSummary} in a platform's dialect. Every line stands alone (markup opened on
 * a line is closed on it), so the text can be split between any two lines.
 */
public final class HarvestRenderer {

    private HarvestRenderer() {
    }

    public static List<String> lines(HarvestSummary summary, Markup m) {
        List<String> lines = new ArrayList<>();
        lines.add(m.bold("Harvest · " + m.escape(summary.name())));
        long withNotes = summary.sessions().stream().filter(HarvestSummary.SessionPart::hasNotes).count();
        lines.add(summary.sessions().size() + (summary.sessions().size() == 1 ? " session" : " sessions")
                + "; notes from " + withNotes + ".");
        for (HarvestSummary.SessionPart session : summary.sessions()) {
            lines.add("");
            lines.add(m.bold("Session " + session.number() + " · " + m.escape(session.title())));
            String hosts = session.hosts().isEmpty() ? "" : "Hosted by " + m.escape(String.join(", ", session.hosts()))
                    + " · ";
            lines.add(hosts + session.interested() + " interested");
            if (!session.hasNotes()) {
                lines.add(m.italic("No notes yet."));
            }
            for (Kind kind : Kind.values()) {
                List<String> points = session.points().getOrDefault(kind, List.of());
                if (!points.isEmpty()) {
                    lines.add(m.italic(kind.heading() + ":"));
                    points.forEach(point -> lines.add("• " + m.escape(point)));
                }
            }
        }
        if (!summary.themes().isEmpty()) {
            lines.add("");
            lines.add(m.bold("Across the sessions"));
            for (HarvestSummary.CrossTheme theme : summary.themes()) {
                lines.add("• " + m.bold(m.escape(theme.label())) + " — sessions " + theme.sessions().stream()
                        .map(String::valueOf).collect(Collectors.joining(", ")) + ": “" + m.escape(theme.quote()) + "”");
            }
        }
        lines.add("");
        lines.add("Thank you, everyone, for the sessions and the notes.");
        return lines;
    }
}
