package org.commonground.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.commonground.core.domain.OutboxMessage;
import org.commonground.core.domain.Topic;
import org.commonground.core.openspace.Booking;
import org.commonground.core.openspace.OpenSpace;
import org.commonground.core.openspace.OpenSpaceServices;
import org.commonground.core.openspace.Session;
import org.commonground.core.openspace.Turnout;
import org.commonground.core.port.OutboxStore;
import org.commonground.core.status.StatusService;
import org.commonground.testkit.discord.FakeDiscord;
import org.commonground.testkit.discord.Person;
import org.commonground.testkit.discord.SentMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An open space on Discord, run by the real application against the fake Discord through the real
 * JDA: thirty people propose twelve sessions with /propose and tap their cards; the convenor
 * schedules and posts the agenda, as text and as a picture; a reminder reaches the one who asked for
 * it as a DM; hosts post notes, and the harvest comes back to the channel.
 */
@SpringBootTest(properties = {"commonground.mode=SERVE",
        "spring.datasource.url=jdbc:h2:mem:discord-open-space;DB_CLOSE_DELAY=-1",
        "logging.file.name=target/discord-open-space.log"})
@DirtiesContext
class OpenSpaceOnDiscordTest {

    static final DiscordGathering DISCORD = new DiscordGathering(30);
    static final MovableClock CLOCK = new MovableClock();

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry properties) {
        DISCORD.register(properties);
    }

    /** The fake closes with the application; the application's clock is one the test can move. */
    @TestConfiguration
    static class Wiring {
        @Bean(destroyMethod = "close")
        FakeDiscord fakeDiscord() {
            return DISCORD.fake;
        }

        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @Autowired
    CommandRegistry registry;
    @Autowired
    OpenSpaceServices.Stores stores;
    @Autowired
    OutboxStore outbox;
    @Autowired
    StatusService status;

    @Test
    void thirtyPeopleProposeTapScheduleAreRemindedAndHarvestOnDiscord() {
        ConvenorShell shell = new ConvenorShell(registry);
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        long id = Long.parseLong(shell.run("openspace", "create", "--chat", DISCORD.ref(), "--name",
                "Spring gathering", "--day", tomorrow.toString(), "--slots", "10:00,11:00,12:00", "--length", "50m",
                "--zone", "UTC", "--spaces", "Hall:30,Garden:20,Kitchen:12,Porch:10"));
        assertThat(shell.run("openspace", "open", String.valueOf(id))).contains("on its way to " + DISCORD.ref());
        OpenSpaceCrowd crowd = new OpenSpaceCrowd(DISCORD, stores, outbox, id);

        crowd.proposeTwelveSessions();
        crowd.tapTheirCards();
        awaitQuiet();
        crowd.assertEveryCardShowsTheStoredTurnout();

        Person reminded = DISCORD.people.get(20);
        assertThat(DISCORD.answered(reminded.slashCommand(DISCORD.channel, "remind", Map.of("text", "on"))).content())
                .contains("I'll send you a direct message");
        assertThat(shell.run("openspace", "schedule", String.valueOf(id))).contains("12 sessions placed");
        assertThat(shell.run("openspace", "agenda", "post", String.valueOf(id)))
                .contains("queued (1 message and 1 picture)");
        List<SentMessage> agenda = delivered(Topic.agenda(id), 2);
        assertThat(agenda.get(0).content()).contains("Agenda · Spring gathering").contains("10:00–10:50");
        assertThat(agenda.get(0).attachments()).isEmpty();
        assertThat(agenda.get(1).content()).isEqualTo("Agenda · Spring gathering");
        assertThat(agenda.get(1).attachments()).singleElement().satisfies(picture -> {
            assertThat(picture.filename()).isEqualTo("agenda.png");
            assertThat(picture.png()).as("Discord found a PNG in the upload").isTrue();
            assertThat(picture.width()).isPositive();
        });
        awaitQuiet();
        crowd.assertEveryCardShowsTheStoredTurnout();
        assertThat(crowd.cards().values()).allSatisfy(card -> assertThat(DISCORD.message(card).content())
                .contains("🕙 ").containsPattern("1[012]:00–1[012]:50 · (Hall|Garden|Kitchen|Porch)"));

        aReminderReachesTheirDmShortlyBeforeTheirFirstSlot(id, reminded);

        assertThat(shell.run("openspace", "harvest", String.valueOf(id))).contains("harvest of open space " + id);
        crowd.hostsPostNotes();
        assertThat(shell.run("openspace", "summary", "post", String.valueOf(id))).contains("queued");
        awaitQuiet();
        String harvest = String.join("\n", outbox.deliveredFor(Topic.harvest(id)).stream()
                .map(m -> DISCORD.message(Long.parseLong(m.deliveredId())).content()).toList());
        assertThat(harvest).contains("Harvest · Spring gathering", "A map of places that are easy to reach",
                "plain\\-English letters");
        for (Session session : stores.sessions().list(id)) {
            assertThat(harvest).contains("Session " + session.number() + " · ");
        }
        DiscordWire.everyMessageMentionsNobodyAndFitsDiscord(DISCORD.fake);
    }

    private void aReminderReachesTheirDmShortlyBeforeTheirFirstSlot(long id, Person reminded) {
        OpenSpace openSpace = stores.spaces().find(id).orElseThrow();
        List<Booking> agenda = stores.spaces().agenda(id);
        int firstSlot = agenda.stream().filter(b -> chose(reminded, b.sessionId())).mapToInt(Booking::slot).min()
                .orElseThrow();
        List<String> titles = agenda.stream().filter(b -> b.slot() == firstSlot && chose(reminded, b.sessionId()))
                .map(b -> stores.sessions().find(b.sessionId()).orElseThrow().title()).toList();
        Instant start = openSpace.slots().get(firstSlot).start();

        CLOCK.moveTo(start.minus(Duration.ofMinutes(5)));

        DISCORD.fake.waitUntil(() -> !DISCORD.fake.sentMessages(reminded.directChannel()).isEmpty(),
                DiscordGathering.PATIENCE);
        String reminder = DISCORD.fake.sentMessages(reminded.directChannel()).get(0).content();
        assertThat(reminder).startsWith("⏰ **Spring gathering**").contains(titles);
        assertThat(DISCORD.fake.sentMessages()).filteredOn(m -> m.content().startsWith("⏰"))
                .extracting(SentMessage::channelId).containsOnly(reminded.directChannel().id());
    }

    private boolean chose(Person person, long sessionId) {
        Session session = stores.sessions().find(sessionId).orElseThrow();
        Turnout turnout = stores.sessions().turnout(sessionId);
        return turnout.hosts(session).contains(DISCORD.member(person)) || turnout.interested().contains(
                DISCORD.member(person));
    }

    /** The messages of the topic, as the fake received them, once all {@code count} are delivered. */
    private List<SentMessage> delivered(Topic topic, int count) {
        DISCORD.fake.waitUntil(() -> outbox.deliveredFor(topic).size() == count, DiscordGathering.PATIENCE);
        return outbox.deliveredFor(topic).stream().map(OutboxMessage::deliveredId).map(Long::parseLong)
                .map(DISCORD::sent).toList();
    }

    /** Until every message has gone out and every card shows its session's latest counts. */
    private void awaitQuiet() {
        DISCORD.fake.waitUntil(() -> status.status().pending() == 0 && stores.cards().stale().isEmpty(),
                DiscordGathering.PATIENCE);
    }
}
