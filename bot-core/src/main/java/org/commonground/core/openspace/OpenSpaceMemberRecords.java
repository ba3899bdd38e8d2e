package org.commonground.core.openspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonground.core.domain.MemberRef;
import org.commonground.core.member.MemberRecords;

/**
 * A member's part in open spaces: sessions proposed, sessions joined, notes, reminder requests.
 * Forgetting withdraws their sessions on the cards already posted and deletes them with their notes.
 */
final class OpenSpaceMemberRecords implements MemberRecords {

    private final SessionStore sessions;
    private final NoteStore notes;
    private final ReminderStore reminders;
    private final Cards cards;

    OpenSpaceMemberRecords(SessionStore sessions, NoteStore notes, ReminderStore reminders, Cards cards) {
        this.sessions = sessions;
        this.notes = notes;
        this.reminders = reminders;
        this.cards = cards;
    }

    @Override
    public List<String> describe(MemberRef member) {
        List<Session> proposed = sessions.proposedBy(member);
        Map<Long, Set<Role>> roles = sessions.rolesOf(member);
        List<Note> own = notes.byAuthor(member);
        List<Long> reminded = reminders.openSpacesOf(member);
        if (proposed.isEmpty() && roles.isEmpty() && own.isEmpty() && reminded.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("Open-space sessions you proposed (" + proposed.size() + "):");
        proposed.forEach(s -> lines.add("• " + s.title() + (s.about().isEmpty() ? "" : " — " + s.about())
                + (s.withdrawn() ? " (withdrawn)" : "")));
        long interested = roles.values().stream().filter(r -> r.contains(Role.INTERESTED)).count();
        long cohosting = roles.values().stream().filter(r -> r.contains(Role.COHOST)).count();
        lines.add("Sessions you're interested in: " + interested + "; co-hosting: " + cohosting + ".");
        lines.add("Your session notes (" + own.size() + "):");
        own.forEach(n -> lines.add("• " + n.text()));
        if (!reminded.isEmpty()) {
            lines.add("You asked for reminders in " + reminded.size()
                    + (reminded.size() == 1 ? " open space." : " open spaces."));
        }
        return lines;
    }

    @Override
    public int forget(MemberRef member) {
        int forgotten = notes.deleteByAuthor(member) + sessions.forgetRoles(member) + reminders.forget(member);
        for (Session session : sessions.proposedBy(member)) {
            cards.retract(session);
            sessions.delete(session.id());
            forgotten++;
        }
        return forgotten;
    }
}
