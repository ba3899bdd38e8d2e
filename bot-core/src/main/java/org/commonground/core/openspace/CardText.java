package org.commonground.core.openspace;

import java.util.ArrayList;
import java.util.List;

import org.commonground.core.domain.Button;
import org.commonground.core.summary.Markup;

/** A session's card as posted and edited: what it is, who joined, where it is, and its two buttons. */
final class CardText {

    static final String INTEREST = "os:interest";
    static final String COHOST = "os:cohost";
    static final List<Button> BUTTONS = List.of(new Button("I'm interested", INTEREST),
            new Button("I'll co-host", COHOST));

    /**
     * What a card shows.
     *
     * @param hosts the names of the hosts who chose to be credited
     * @param place "10:00–11:00 · Garden" once the agenda gives it one, else null
     */
    record View(Session session, int interested, int cohosts, List<String> hosts, String place) {
    }

    private CardText() {
    }

    static String write(Markup m, View view) {
        Session session = view.session();
        String head = "Session " + session.number() + " · " + m.bold(m.escape(session.title()));
        if (session.withdrawn()) {
            return head + " — withdrawn. Thank you for proposing it.";
        }
        List<String> lines = new ArrayList<>();
        lines.add(head);
        if (!session.about().isEmpty()) {
            lines.add(m.italic(m.escape(session.about())));
        }
        if (!view.hosts().isEmpty()) {
            lines.add("Hosted by " + m.escape(String.join(", ", view.hosts())));
        }
        lines.add("★ " + view.interested() + " interested · " + view.cohosts() + " co-hosting");
        if (view.place() != null) {
            lines.add("🕙 " + m.escape(view.place()));
        }
        return String.join("\n", lines);
    }

    /** What is left of a card whose proposer asked to be forgotten. */
    static String retracted(int number) {
        return "Session " + number + " was withdrawn.";
    }

    static List<Button> buttons(Session session) {
        return session.withdrawn() ? List.of() : BUTTONS;
    }
}
