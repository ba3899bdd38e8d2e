package org.commonground.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.adapter.jdbc.TestDatabase.T0;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.openspace.Booking;
import org.commonground.core.openspace.OpenSpace;
import org.commonground.core.openspace.Phase;
import org.commonground.core.openspace.Slot;
import org.commonground.core.openspace.Space;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbcOpenSpaceStoreTest {

    private final TestDatabase db = new TestDatabase();
    private final JdbcOpenSpaceStore spaces = db.openSpaces();
    private final ChatRef telegram = ChatRef.parse("telegram:-100123");
    private final ChatRef discord = ChatRef.parse("discord:5566");
    private final long gathering = db.gatherings().findOrCreate(List.of(telegram, discord), "network").id();
    private final List<Slot> slots = List.of(new Slot(T0, Duration.ofMinutes(45)),
            new Slot(T0.plusSeconds(3600), Duration.ofMinutes(45)));
    private final List<Space> rooms = List.of(new Space("Hall", 40), new Space("Garden <b>", 12));

    @AfterEach
    void close() {
        db.close();
    }

    private OpenSpace create(String name, ChatRef... chats) {
        return spaces.create(gathering, name, List.of(chats), ZoneId.of("Europe/London"), slots, rooms, T0);
    }

    @Test
    void storesAnOpenSpaceWithItsChatsSlotsAndSpacesInOrder() {
        OpenSpace created = create("Spring “gathering”", discord, telegram);

        assertThat(created).isEqualTo(new OpenSpace(created.id(), gathering, "Spring “gathering”",
                List.of(discord, telegram), ZoneId.of("Europe/London"), slots, rooms, Phase.DRAFT, T0));
        assertThat(spaces.find(created.id())).contains(created);
        assertThat(spaces.find(created.id() + 1)).isEmpty();
    }

    @Test
    void theActiveOpenSpacesOfAChatAreThoseNotClosedNewestFirst() {
        OpenSpace both = create("both", telegram, discord);
        OpenSpace closed = create("closed", telegram);
        OpenSpace discordOnly = create("discord", discord);
        spaces.setPhase(closed.id(), Phase.CLOSED);

        assertThat(spaces.activeIn(telegram)).extracting(OpenSpace::id).containsExactly(both.id());
        assertThat(spaces.activeIn(discord)).extracting(OpenSpace::id).containsExactly(discordOnly.id(), both.id());
        assertThat(spaces.list()).extracting(OpenSpace::id).containsExactly(discordOnly.id(), closed.id(), both.id());
    }

    @Test
    void phaseLayoutAndAgendaChange() {
        OpenSpace openSpace = create("x", telegram);
        spaces.setPhase(openSpace.id(), Phase.SCHEDULED);
        List<Space> more = List.of(rooms.get(0), rooms.get(1), new Space("Porch", 6));
        spaces.setLayout(openSpace.id(), slots.subList(0, 1), more);
        long a = db.sessions().propose(openSpace.id(), MemberRef.parse("telegram:1"), "A",
                "", T0).id();
        long b = db.sessions().propose(openSpace.id(), MemberRef.parse("telegram:2"), "B",
                "", T0).id();
        spaces.saveAgenda(openSpace.id(), List.of(new Booking(b, 0, 2), new Booking(a, 0, 0)));
        spaces.saveAgenda(openSpace.id(), List.of(new Booking(b, 0, 1), new Booking(a, 0, 0)));

        OpenSpace changed = spaces.find(openSpace.id()).orElseThrow();
        assertThat(changed.phase()).isEqualTo(Phase.SCHEDULED);
        assertThat(changed.slots()).containsExactly(slots.get(0));
        assertThat(changed.spaces()).isEqualTo(more);
        assertThat(spaces.agenda(openSpace.id())).containsExactly(new Booking(a, 0, 0), new Booking(b, 0, 1));
        assertThat(spaces.agenda(openSpace.id() + 1)).isEmpty();
    }
}
