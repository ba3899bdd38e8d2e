package org.commonground.core.openspace;

import java.time.Instant;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.intake.ReplyText;
import org.commonground.core.port.MemberStore;

/**
 * What participants do with sessions: propose one, join one by tapping its card (a second tap takes
 * it back), and, for their own, withdraw or retitle it. Each answer is a short note for that person.
 */
final class Proposals {

    static final int MAX_TITLE = 100;
    static final int MAX_ABOUT = 300;

    private final SessionStore sessions;
    private final Cards cards;
    private final MemberStore members;

    Proposals(SessionStore sessions, Cards cards, MemberStore members) {
        this.sessions = sessions;
        this.cards = cards;
        this.members = members;
    }

    /** Who is acting, where and when. */
    record Actor(MemberRef member, String name, ChatRef chat, Instant at) {
    }

    String propose(OpenSpace openSpace, Actor actor, String args) {
        if (openSpace.is(Phase.DRAFT)) {
            return "The call for proposals hasn't opened yet — it will soon!";
        }
        if (!openSpace.is(Phase.PROPOSING)) {
            return "The call for proposals has closed and the agenda is made. Do tell the convenor if yours can't wait.";
        }
        int bar = args.indexOf('|');
        String title = ReplyText.oneLine(ReplyText.clean(bar < 0 ? args : args.substring(0, bar)), Integer.MAX_VALUE);
        String about = bar < 0 ? "" : ReplyText.oneLine(ReplyText.clean(args.substring(bar + 1)), MAX_ABOUT);
        if (title.isEmpty()) {
            return "Write a title after /propose, for example: /propose Buddy scheme | nobody stuck at home alone";
        }
        if (title.length() > MAX_TITLE) {
            return "Please keep the title under " + MAX_TITLE + " characters, and put the rest after a |.";
        }
        members.seen(actor.member(), actor.name(), actor.chat(), actor.at());
        Session session = sessions.propose(openSpace.id(), actor.member(), title, about, actor.at());
        cards.post(openSpace, session);
        return "Thank you! Your session is number " + session.number()
                + ". Its card is on its way, so people can say they'd come.";
    }

    String toggle(OpenSpace openSpace, Session session, Actor actor, Role role) {
        if (openSpace.is(Phase.CLOSED)) {
            return "This open space has closed — thank you!";
        }
        if (session.withdrawn()) {
            return "This session was withdrawn, so there's nothing to join.";
        }
        if (session.proposer().equals(actor.member())) {
            return "You're hosting this one — thank you!";
        }
        members.seen(actor.member(), actor.name(), actor.chat(), actor.at());
        boolean now = sessions.toggle(session.id(), actor.member(), role);
        String title = "“" + session.title() + "”";
        if (role == Role.COHOST) {
            return now ? "Thank you for co-hosting " + title + "! Tap again to step back."
                    : "You're no longer co-hosting " + title + ".";
        }
        return now ? "You're interested in " + title + ". Tap again to take it back."
                : "Taken back: you're no longer down for " + title + ".";
    }

    String withdraw(OpenSpace openSpace, Session session, MemberRef member) {
        String refusal = ownChange(openSpace, session, member, "withdraw");
        if (refusal != null) {
            return refusal;
        }
        sessions.withdraw(session.id());
        return "Session " + session.number() + " is withdrawn; its card will say so. Thank you for proposing it.";
    }

    String retitle(OpenSpace openSpace, Session session, MemberRef member, String newTitle) {
        String refusal = ownChange(openSpace, session, member, "retitle");
        if (refusal != null) {
            return refusal;
        }
        String title = ReplyText.oneLine(ReplyText.clean(newTitle), Integer.MAX_VALUE);
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            return "Write the new title (under " + MAX_TITLE + " characters) after the session number, for example: "
                    + "/retitle " + session.number() + " Buddies for everyone";
        }
        sessions.retitle(session.id(), title);
        return "Session " + session.number() + " is now “" + title + "”; its card will show it.";
    }

    private static String ownChange(OpenSpace openSpace, Session session, MemberRef member, String verb) {
        if (!session.proposer().equals(member)) {
            return "Only the person who proposed session " + session.number() + " can " + verb + " it.";
        }
        if (session.withdrawn()) {
            return "Session " + session.number() + " is already withdrawn.";
        }
        if (openSpace.is(Phase.HARVEST) || openSpace.is(Phase.CLOSED)) {
            return "The sessions have run, so session " + session.number() + " stays as it is.";
        }
        return null;
    }
}
