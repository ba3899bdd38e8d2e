package org.commonground.core.openspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What {@code /openspace} tells a member: how to take part, and the sessions so far. */
final class OpenSpaceGuide {

    static final int SESSIONS_SHOWN = 25;

    private final SessionStore sessions;

    OpenSpaceGuide(SessionStore sessions) {
        this.sessions = sessions;
    }

    String describe(OpenSpace openSpace) {
        List<String> lines = new ArrayList<>();
        lines.add("Open space “" + openSpace.name() + "” (" + openSpace.phase().label() + "):");
        lines.add("• /propose Title | what it is about — propose a session.");
        lines.add("• Tap “I'm interested” on a session's card to say you'd go, “I'll co-host” to help lead it; "
                + "tap again to take it back.");
        lines.add("• /withdraw 3 or /retitle 3 New title — for a session you proposed.");
        lines.add("• /remind on — a direct message shortly before your sessions; /remind off to stop.");
        lines.add("• After the sessions, hosts reply to their card with notes, or send /notes 3 followed by them.");
        List<Session> open = sessions.list(openSpace.id()).stream().filter(s -> !s.withdrawn()).toList();
        if (open.isEmpty()) {
            lines.add("No sessions yet — yours could be the first.");
            return String.join("\n", lines);
        }
        Map<Long, Turnout> turnouts = sessions.turnouts(openSpace.id());
        lines.add("Sessions so far:");
        open.stream().limit(SESSIONS_SHOWN).forEach(s -> lines.add(s.number() + " · " + s.title() + " ("
                + turnouts.getOrDefault(s.id(), Turnout.NOBODY).interested().size() + " interested)"));
        if (open.size() > SESSIONS_SHOWN) {
            lines.add("and " + (open.size() - SESSIONS_SHOWN) + " more.");
        }
        return String.join("\n", lines);
    }
}
