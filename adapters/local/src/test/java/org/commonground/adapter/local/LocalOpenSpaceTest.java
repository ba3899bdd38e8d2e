package org.commonground.adapter.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.TextFormat;
import org.commonground.core.openspace.OpenSpace;
import org.commonground.core.openspace.OpenSpaceServices;
import org.commonground.core.openspace.ScheduleService;
import org.commonground.core.openspace.Session;
import org.commonground.core.openspace.Slot;
import org.commonground.core.openspace.Space;
import org.commonground.core.openspace.Turnout;
import org.commonground.core.testkit.InMemoryCore;
import org.commonground.core.testkit.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * A whole open space in two local rooms: 30 people, 12 sessions proposed and joined by tapping the
 * numbered choices, the agenda made and posted, notes harvested and the summary posted to both rooms.
 */
class LocalOpenSpaceTest {

    static final List<String> ROOMS = List.of("main", "side");
    static final Pattern COUNTS = Pattern.compile("★ (\\d+) interested · (\\d+) co-hosting");
    static final Pattern SESSION = Pattern.compile("^Session (\\d+) · ");

    final LocalChatPlatform local = new LocalChatPlatform(Set.of(), new MutableClock(Instant.now()), List.of());
    final InMemoryCore core = new InMemoryCore(local);
    final OpenSpaceServices openSpaces = core.services.openSpaces();

    @Test
    void thirtyPeopleTwelveSessionsFromProposalsToHarvestInTwoRooms() {
        local.start(core.services.inbound());
        OpenSpace openSpace = create();
        List<String> people = IntStream.rangeClosed(1, 30).mapToObj(i -> String.format("p%02d", i)).toList();
        for (int s = 0; s < 12; s++) {
            String room = ROOMS.get(s % 2);
            assertThat(local.say(room, people.get(s), "/propose Session idea " + (s + 1) + " | about " + (s + 1))
                    .note()).hasValueSatisfying(note -> assertThat(note).contains("Thank you!"));
        }
        settle();
        Random random = new Random(12);
        for (String person : people) {
            String room = ROOMS.get(random.nextInt(2));
            for (int tap = 0; tap < 3 + random.nextInt(4); tap++) {
                int session = 1 + random.nextInt(12);
                int choice = random.nextInt(10) == 0 ? 2 : 1;
                local.press(room, person, String.valueOf(cardNumber(room, session)), choice);
            }
        }
        settle();
        assertEveryCardMatchesTheStoredTurnout(openSpace);

        ScheduleService.Scheduled scheduled = openSpaces.schedules().schedule(openSpace.id());
        assertThat(scheduled.schedule().unplaced()).isEmpty();
        assertThat(openSpaces.agendas().post(openSpace.id()).pictures()).isEqualTo(2);
        settle();
        for (String room : ROOMS) {
            assertThat(texts(room)).anySatisfy(text -> assertThat(text).startsWith("Agenda · Spring gathering"));
            assertThat(local.transcript(room)).anySatisfy(m -> assertThat(m.picture()).isNotNull());
        }
        assertEveryCardMatchesTheStoredTurnout(openSpace);

        openSpaces.openSpaces().openHarvest(openSpace.id());
        for (int s = 0; s < 12; s++) {
            String room = ROOMS.get(s % 2);
            local.reply(room, people.get(s), String.valueOf(cardNumber(room, s + 1)),
                    "We'll meet again next month. Obstacle: no room that is free in the evening");
        }
        assertThat(local.say("main", people.get(0), "/notes 1 Idea: ask the library").note())
                .hasValueSatisfying(note -> assertThat(note).contains("notes on session 1"));
        openSpaces.harvests().post(openSpace.id());
        settle();

        for (String room : ROOMS) {
            String harvest = String.join("\n", texts(room).stream().filter(t -> t.startsWith("Harvest · ")).toList());
            assertThat(harvest).contains("12 sessions; notes from 12.", "Actions:\n• We'll meet again next month.",
                    "Obstacles:\n• No room that is free in the evening", "• Ask the library");
        }
        assertThat(openSpaces.harvests().show(openSpace.id(), TextFormat.PLAIN)).contains("Across the sessions");
    }

    private OpenSpace create() {
        Instant day = Instant.parse("2026-05-16T09:00:00Z");
        List<Slot> slots = IntStream.range(0, 3)
                .mapToObj(i -> new Slot(day.plus(Duration.ofHours(i)), Duration.ofMinutes(50))).toList();
        List<Space> spaces = List.of(new Space("Hall", 30), new Space("Garden", 20), new Space("Library", 12),
                new Space("Porch", 8));
        List<ChatRef> chats = ROOMS.stream().map(r -> new ChatRef(LocalChatPlatform.PLATFORM, r)).toList();
        OpenSpace created = openSpaces.openSpaces().create(chats, "Spring gathering", ZoneOffset.UTC, slots, spaces);
        return openSpaces.openSpaces().openCall(created.id());
    }

    private void assertEveryCardMatchesTheStoredTurnout(OpenSpace openSpace) {
        for (Session session : core.sessions.list(openSpace.id())) {
            Turnout stored = core.sessions.turnout(session.id());
            for (String room : ROOMS) {
                Matcher counts = COUNTS.matcher(card(room, session.number()).text());
                assertThat(counts.find()).isTrue();
                assertThat(Integer.parseInt(counts.group(1))).as("interested, session %d in %s", session.number(), room)
                        .isEqualTo(stored.interested().size());
                assertThat(Integer.parseInt(counts.group(2))).isEqualTo(stored.cohosts().size());
            }
        }
    }

    private LocalMessage card(String room, int session) {
        return local.transcript(room).stream()
                .filter(m -> m.fromBot() && !m.buttons().isEmpty())
                .filter(m -> {
                    Matcher number = SESSION.matcher(m.text());
                    return number.find() && Integer.parseInt(number.group(1)) == session;
                })
                .findFirst().orElseThrow();
    }

    private int cardNumber(String room, int session) {
        return card(room, session).number();
    }

    private List<String> texts(String room) {
        List<String> texts = new ArrayList<>();
        local.transcript(room).stream().filter(LocalMessage::fromBot).forEach(m -> texts.add(m.text()));
        return texts;
    }

    private void settle() {
        int delivered;
        do {
            openSpaces.cards().refresh();
            delivered = 0;
            int round;
            while ((round = core.services.dispatcher().deliverDue()) > 0) {
                delivered += round;
            }
        } while (delivered > 0);
    }
}
