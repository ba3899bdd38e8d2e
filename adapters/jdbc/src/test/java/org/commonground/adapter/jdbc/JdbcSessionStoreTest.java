package org.commonground.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.adapter.jdbc.TestDatabase.T0;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.openspace.Card;
import org.commonground.core.openspace.Note;
import org.commonground.core.openspace.ReminderStore;
import org.commonground.core.openspace.Role;
import org.commonground.core.openspace.Session;
import org.commonground.core.openspace.Slot;
import org.commonground.core.openspace.Space;
import org.commonground.core.openspace.Turnout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sessions, their turnout, cards, notes and reminders: the stores that hang off an open space. */
class JdbcSessionStoreTest {

    private final TestDatabase db = new TestDatabase();
    private final JdbcSessionStore sessions = db.sessions();
    private final ChatRef chat = ChatRef.parse("telegram:-100");
    private final MemberRef ana = MemberRef.parse("telegram:1");
    private final MemberRef bo = MemberRef.parse("telegram:2");
    private final long space = db.openSpaces().create(db.gatherings().findOrCreate(List.of(chat), "g").id(), "x",
            List.of(chat), ZoneOffset.UTC, List.of(new Slot(T0, Duration.ofHours(1))), List.of(new Space("Hall", 9)),
            T0).id();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void sessionsAreNumberedPerOpenSpaceAndEveryChangeRaisesTheVersion() {
        Session first = sessions.propose(space, ana, "Buddy scheme", "nobody alone", T0);
        Session second = sessions.propose(space, bo, "Forms", "", T0);

        assertThat(first).isEqualTo(new Session(first.id(), space, 1, ana, "Buddy scheme", "nobody alone", false, 1, T0));
        assertThat(second.number()).isEqualTo(2);
        sessions.retitle(first.id(), "Buddies");
        sessions.withdraw(second.id());
        sessions.touchAll(space);

        assertThat(sessions.find(first.id()).orElseThrow()).extracting(Session::title, Session::version)
                .containsExactly("Buddies", 3L);
        assertThat(sessions.findByNumber(space, 2).orElseThrow()).extracting(Session::withdrawn, Session::version)
                .containsExactly(true, 3L);
        assertThat(sessions.list(space)).extracting(Session::number).containsExactly(1, 2);
        assertThat(sessions.proposedBy(bo)).extracting(Session::id).containsExactly(second.id());
    }

    @Test
    void aTapTogglesARoleAndTurnoutsAreCountedPerSession() {
        long one = sessions.propose(space, ana, "One", "", T0).id();
        long two = sessions.propose(space, ana, "Two", "", T0).id();

        assertThat(sessions.toggle(one, bo, Role.INTERESTED)).isTrue();
        assertThat(sessions.toggle(one, bo, Role.COHOST)).isTrue();
        assertThat(sessions.toggle(two, bo, Role.INTERESTED)).isTrue();
        assertThat(sessions.toggle(two, bo, Role.INTERESTED)).isFalse();

        assertThat(sessions.turnout(one)).isEqualTo(new Turnout(Set.of(bo), Set.of(bo)));
        assertThat(sessions.turnout(two)).isEqualTo(Turnout.NOBODY);
        assertThat(sessions.turnouts(space)).containsOnlyKeys(one);
        assertThat(sessions.rolesOf(bo)).isEqualTo(Map.of(one, Set.of(Role.INTERESTED, Role.COHOST)));
        assertThat(sessions.find(two).orElseThrow().version()).isEqualTo(3);

        assertThat(sessions.forgetRoles(bo)).isEqualTo(2);
        assertThat(sessions.turnout(one)).isEqualTo(Turnout.NOBODY);
        assertThat(sessions.find(one).orElseThrow().version()).isEqualTo(4);
    }

    @Test
    void cardsAreStaleUntilEditedAndGoWithTheirSession() {
        JdbcCardStore cards = db.cards();
        Session session = sessions.propose(space, ana, "One", "", T0);
        cards.add(session.id(), chat, 41, 1);
        assertThat(cards.stale()).isEmpty();

        sessions.toggle(session.id(), bo, Role.INTERESTED);
        assertThat(cards.stale()).containsExactly(new Card(session.id(), chat, 41, 1, 0));
        cards.edited(session.id(), chat, 2, 57);
        assertThat(cards.stale()).isEmpty();
        assertThat(cards.of(session.id())).containsExactly(new Card(session.id(), chat, 41, 2, 57));

        sessions.delete(session.id());
        assertThat(cards.of(session.id())).isEmpty();
    }

    @Test
    void notesAreTakenOncePerMessageAndForgottenByAuthor() {
        JdbcNoteStore notes = db.notes();
        long one = sessions.propose(space, ana, "One", "", T0).id();

        Note note = notes.add(one, chat, "m1", ana, "we met", T0).orElseThrow();
        assertThat(notes.add(one, chat, "m1", ana, "again", T0)).isEmpty();
        notes.add(one, chat, "m2", bo, "and talked", T0);
        notes.updateText(note.id(), "we met <b>twice</b>");

        assertThat(notes.findByMessage(chat, "m1")).contains(new Note(note.id(), one, chat, "m1", ana,
                "we met <b>twice</b>", T0));
        assertThat(notes.ofOpenSpace(space)).extracting(Note::text).containsExactly("we met <b>twice</b>", "and talked");
        assertThat(notes.deleteByAuthor(ana)).isEqualTo(1);
        assertThat(notes.byAuthor(bo)).hasSize(1);
        sessions.delete(one);
        assertThat(notes.ofOpenSpace(space)).isEmpty();
    }

    @Test
    void reminderRequestsKeepTheirOrderAndDirectChatAndEachReminderIsDoneOnce() {
        JdbcReminderStore reminders = db.reminders();
        ChatRef direct = ChatRef.parse("telegram:2");
        reminders.optIn(space, bo, direct);
        reminders.optIn(space, ana, null);
        reminders.optIn(space, bo, null);

        assertThat(reminders.optedIn(space)).containsExactly(new ReminderStore.OptIn(bo, direct),
                new ReminderStore.OptIn(ana, null));
        assertThat(reminders.markDone(space, 0, bo)).isTrue();
        assertThat(reminders.markDone(space, 0, bo)).isFalse();
        assertThat(reminders.done(space, 0)).containsExactly(bo);
        assertThat(reminders.optOut(space, ana)).isTrue();
        assertThat(reminders.optOut(space, ana)).isFalse();
        assertThat(reminders.openSpacesOf(bo)).containsExactly(space);
        assertThat(reminders.forget(bo)).isEqualTo(1);
        assertThat(reminders.done(space, 0)).isEmpty();
    }
}
