package org.commonground.core.openspace.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.commonground.core.summary.Markup;

/**
 * The agenda as text in a platform's dialect, slot by slot with one line per space, so that it reads
 * on a phone. Every line stands alone, so the text can be split between any two lines.
 */
public final class AgendaText {

    private AgendaText() {
    }

    public static List<String> lines(AgendaView agenda, Markup m) {
        List<String> lines = new ArrayList<>();
        lines.add(m.bold("Agenda · " + m.escape(agenda.name())));
        if (!agenda.day().isEmpty()) {
            lines.add(m.escape(agenda.day()));
        }
        for (int slot = 0; slot < agenda.slotLabels().size(); slot++) {
            lines.add("");
            lines.add(m.bold(m.escape(agenda.slotLabels().get(slot))));
            boolean any = false;
            for (int space = 0; space < agenda.spaces().size(); space++) {
                Optional<AgendaView.Entry> entry = agenda.at(slot, space);
                if (entry.isPresent()) {
                    lines.add("• " + m.escape(agenda.spaces().get(space)) + ": " + session(entry.get(), m));
                    any = true;
                }
            }
            if (!any) {
                lines.add("• " + m.italic("no sessions"));
            }
        }
        if (!agenda.unplaced().isEmpty()) {
            lines.add("");
            lines.add(m.bold("Not on the agenda"));
            agenda.unplaced().forEach(entry -> lines.add("• " + session(entry, m)));
        }
        lines.add("");
        lines.add("Go where your energy is. See you there!");
        return lines;
    }

    private static String session(AgendaView.Entry entry, Markup m) {
        return "Session " + entry.number() + " · " + m.escape(entry.title()) + " (" + entry.interested()
                + " interested)";
    }
}
