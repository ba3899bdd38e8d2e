package org.commonground.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.commonground.app.ConvenorShell;
import org.commonground.app.MovableClock;
import org.commonground.core.CoreServices;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.OutboxStatus;
import org.commonground.core.domain.TextFormat;
import org.commonground.core.openspace.ProposalBoard.Proposal;
import org.commonground.core.port.OutboxStore;
import org.commonground.testkit.telegram.Button;
import org.commonground.testkit.telegram.CallbackAnswer;
import org.commonground.testkit.telegram.FakeChat;
import org.commonground.testkit.telegram.FakeTelegram;
import org.commonground.testkit.telegram.LoggedRequest;
import org.commonground.testkit.telegram.MessageRef;
import org.commonground.testkit.telegram.Person;
import org.commonground.testkit.telegram.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * An open space run in a Telegram group by the real application, its convenor commands and the real
 * TelegramBots client against the fake Telegram: proposals, taps on the cards, the agenda as text and
 * as a photo, a reminder in a private chat shortly before a slot, notes and the harvest.
 */
@SpringBootTest(properties = {"commonground.mode=SERVE", "commonground.telegram.poll-timeout=1s",
        "spring.datasource.url=jdbc:h2:mem:telegram-openspace;DB_CLOSE_DELAY=-1"})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramOpenSpaceTest {

    /** Generous: in a group the bot posts at most twenty messages a minute, as Telegram asks. */
    static final Duration PATIENCE = Duration.ofMinutes(3);
    static final FakeTelegram TELEGRAM = FakeTelegram.start();
    static final Pattern COUNTS = Pattern.compile("★ (\\d+) interested · (\\d+) co-hosting");
    static final List<String> NAMES = List.of("Amara", "Bill", "Chloe", "Dev", "Eileen", "Farid", "Grace", "Harpreet",
            "Iain", "Joy", "Kwame", "Lorna", "Mo", "Niamh", "Olu", "Priya", "Rhys", "Sadia", "Tom", "Una", "Vik",
            "Wendy", "Xander", "Yasmin", "Zoe", "Alun", "Bronwen", "Callum", "Dilys", "Ewan");
    static final List<String> PROPOSALS = List.of(
            "Getting about town | buses, taxis and lifts that work for us",
            "Forms we can read | letters and forms in plain words",
            "A buddy scheme | so nobody is stuck at home alone at the weekend",
            "Paying care workers properly | the real living wage and paid travel time",
            "Respite that works | breaks for family carers that don't get cancelled",
            "Direct payments without the paperwork | help with payroll, and trust",
            "Home from hospital | nobody sent home on a Friday night with no care in place",
            "Jobs, not just courses | paid work for disabled people",
            "Telling our stories | a film in our own words for the council meeting",
            "Circles of support | friends and neighbours as well as paid help",
            "Young carers | what schools and colleges could do",
            "Housing with support | staying near family & friends");

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry properties) {
        properties.add("commonground.telegram.token", TELEGRAM::token);
        properties.add("commonground.telegram.api-url", TELEGRAM::baseUrl);
    }

    /** The application's clock, which the test moves on to just before the first slot. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    CoreServices core;
    @Autowired
    CommandRegistry registry;
    @Autowired
    OutboxStore outbox;
    @Autowired
    MovableClock clock;

    @AfterAll
    void stop() {
        core.runtime().close();
        TELEGRAM.close();
    }

    @Test
    void thirtyPeopleProposeTapMeetAndHarvestInATelegramGroup() throws IOException {
        ConvenorShell shell = new ConvenorShell(registry);
        List<Person> people = NAMES.stream().map(TELEGRAM::person).toList();
        FakeChat group = TELEGRAM.group("Care reform East", TELEGRAM.person("Convenor"), people.toArray(Person[]::new));
        Instant firstSlot = clock.instant().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.HOURS);
        String slots = Stream.of(0, 1, 2).map(h -> LocalDateTime.ofInstant(firstSlot.plus(Duration.ofHours(h)),
                ZoneOffset.UTC).toString()).collect(Collectors.joining(","));

        String id = shell.run("openspace", "create", "--chat", "telegram:" + group.id(),
                "--name", "Spring gathering", "--slots", slots, "--length", "50m", "--zone", "UTC",
                "--spaces", "Hall:40,Garden:30,Library:25,Kitchen:20,Porch:16");
        assertThat(shell.run("openspace", "open", id)).contains("on its way to telegram:" + group.id());
        awaitBotMessage(group, "/propose Title | what it is about");

        Map<Integer, MessageRef> cards = new TreeMap<>();
        Map<Integer, Person> proposers = new HashMap<>();
        for (int n = 1; n <= PROPOSALS.size(); n++) {
            proposers.put(n, people.get(n - 1));
            people.get(n - 1).says(group, "/propose " + PROPOSALS.get(n - 1));
            cards.put(n, awaitCard(group, n));
        }

        // Everyone taps the cards of the sessions they would go to; a few change their minds.
        CardTaps taps = new CardTaps(proposers);
        Random random = new Random(16052026);
        for (int p = 0; p < people.size(); p++) {
            boolean keen = p >= 12 && p <= 14;
            for (int n = 1; n <= cards.size(); n++) {
                double roll = random.nextDouble();
                if (keen || roll < 0.3) {
                    tap(people.get(p), n, CardTaps.INTEREST, cards, taps);
                }
                if (roll < 0.04) {
                    tap(people.get(p), n, CardTaps.INTEREST, cards, taps);
                }
                if (roll > 0.9 && roll < 0.95) {
                    tap(people.get(p), n, CardTaps.COHOST, cards, taps);
                }
                if (roll > 0.94 && roll < 0.95) {
                    tap(people.get(p), n, CardTaps.COHOST, cards, taps);
                }
            }
        }
        tap(people.get(0), 1, CardTaps.INTEREST, cards, taps);
        tap(people.get(29), 12, CardTaps.COHOST, cards, taps);
        tap(people.get(29), 12, CardTaps.COHOST, cards, taps);

        TELEGRAM.await(PATIENCE, () -> stored(id).equals(taps.counts()));
        TELEGRAM.await(PATIENCE, () -> shown(group, cards).equals(stored(id)));
        TELEGRAM.await(PATIENCE, () -> TELEGRAM.callbackAnswers().size() == taps.taps());
        assertThat(shown(group, cards)).isEqualTo(stored(id)).isEqualTo(taps.counts());
        assertThat(cards.values()).allSatisfy(card -> assertThat(current(group, card).keyboard()).flatExtracting(row -> row)
                .extracting(Button::callbackData).containsExactly(CardTaps.INTEREST, CardTaps.COHOST));
        assertThat(TELEGRAM.sent(group)).filteredOn(m -> m.text().startsWith("Session ")).hasSize(cards.size());
        assertThat(TELEGRAM.callbackAnswers()).extracting(CallbackAnswer::text)
                .anyMatch(t -> t.startsWith("You're interested in")).anyMatch(t -> t.startsWith("Taken back"))
                .anyMatch(t -> t.startsWith("Thank you for co-hosting")).anyMatch(t -> t.startsWith("You're no longer co-hosting"))
                .contains("You're hosting this one — thank you!");

        // Reminders: asked for in the group after pressing Start, or in the private chat; one changes their mind.
        Person ann = people.get(12);
        Person bo = people.get(13);
        Person cy = people.get(14);
        ann.says(ann.privateChat(), "/start");
        ann.says(group, "/remind on");
        bo.says(bo.privateChat(), "/remind on");
        cy.says(cy.privateChat(), "/start");
        cy.says(group, "/remind on");
        cy.says(group, "/remind off");
        awaitBotMessage(group, "Done — no reminders.");
        awaitBotMessage(bo.privateChat(), "I'll send you a direct message shortly before each session");

        assertThat(shell.run("openspace", "schedule", id)).contains("12 sessions placed");
        assertThat(shell.run("openspace", "agenda", "post", id)).contains("and 1 picture");
        SentMessage photo = awaitPhoto(group);
        SentMessage agenda = TELEGRAM.sent(group).stream().filter(m -> m.text().startsWith("Agenda · Spring gathering"))
                .filter(m -> m.photo() == null).findFirst().orElseThrow();
        assertThat(agenda.messageId()).isLessThan(photo.messageId());
        assertThat(agenda.text()).contains(PROPOSALS.stream().map(p -> p.substring(0, p.indexOf(" |"))).toList());
        assertThat(photo.text()).isEqualTo("Agenda · Spring gathering");
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(photo.photo().png()));
        assertThat(List.of(picture.getWidth(), picture.getHeight()))
                .containsExactly(photo.photo().width(), photo.photo().height());
        TELEGRAM.await(PATIENCE, () -> cards.values().stream().allMatch(card -> current(group, card).text()
                .contains("🕙 " + board(id).get(number(group, card) - 1).place())));

        // Five minutes before the first slot, those who asked hear about their sessions in it.
        String firstStart = LocalDateTime.ofInstant(firstSlot, ZoneOffset.UTC).toLocalTime().toString();
        List<String> inFirstSlot = board(id).stream().filter(p -> p.place().startsWith(firstStart + "–"))
                .map(p -> "Session " + p.number() + " · " + p.title() + ", in " + p.place().split(" · ")[1]).toList();
        assertThat(inFirstSlot).isNotEmpty();
        clock.moveTo(firstSlot.minus(Duration.ofMinutes(5)));
        for (Person reminded : List.of(ann, bo)) {
            String reminder = awaitBotText(reminded.privateChat(), "in a few minutes");
            assertThat(reminder).startsWith("⏰ Spring gathering: at " + firstStart).contains(inFirstSlot);
            assertThat(reminder.lines().filter(line -> line.startsWith("• Session"))).hasSize(inFirstSlot.size());
        }
        TELEGRAM.await(PATIENCE, () -> outbox.counts().getOrDefault(OutboxStatus.PENDING, 0) == 0);
        assertThat(botTexts(cy.privateChat())).noneMatch(text -> text.contains("in a few minutes"));

        // The harvest: notes as a reply to a card, with /notes, and from a co-host.
        assertThat(shell.run("openspace", "harvest", id)).contains("is open");
        awaitBotMessage(group, "Harvest time");
        people.get(0).repliesTo(cards.get(1), "The buses aren't accessible, so people stay in. Idea: a map of places "
                + "that are easy to reach. We'll send it to the council by Friday.");
        people.get(1).says(group, "/notes 2 Obstacle: the letters are full of jargon. We'll ask the council for "
                + "plain-English letters.");
        int withCohost = cards.keySet().stream().filter(n -> people.stream().anyMatch(p -> taps.cohosts(n, p)))
                .findFirst().orElseThrow();
        Person cohost = people.stream().filter(p -> taps.cohosts(withCohost, p)).findFirst().orElseThrow();
        cohost.repliesTo(cards.get(withCohost), "Idea: a rota of neighbours for Sunday afternoons <3 & more.");
        awaitBotMessage(group, "your notes on session 2 are in");
        TELEGRAM.await(PATIENCE, () -> core.openSpaces().harvests().show(Long.parseLong(id), TextFormat.PLAIN)
                .contains("A rota of neighbours for Sunday afternoons <3 & more."));
        assertThat(shell.run("openspace", "summary", "post", id)).contains("queued");
        awaitBotMessage(group, "Thank you, everyone, for the sessions and the notes.");
        List<SentMessage> harvest = TELEGRAM.sent(group).stream()
                .dropWhile(m -> !m.text().startsWith("Harvest · Spring gathering")).toList();
        assertThat(harvest).isNotEmpty().allSatisfy(part -> assertThat(part.parseMode()).isEqualToIgnoringCase("html"));
        assertThat(harvest.stream().map(SentMessage::text).collect(Collectors.joining("\n")))
                .contains("Session 1 · Getting about town", "A map of places that are easy to reach",
                        "We'll ask the council for plain-English letters", "A rota of neighbours for Sunday afternoons <3 & more.");

        assertThat(TELEGRAM.requests()).filteredOn(request -> request.status() != 200)
                .extracting(LoggedRequest::method, LoggedRequest::body).isEmpty();
        assertThat(outbox.counts().getOrDefault(OutboxStatus.FAILED, 0)).isZero();
    }

    static void tap(Person person, int session, String data, Map<Integer, MessageRef> cards, CardTaps taps) {
        person.taps(cards.get(session), data);
        taps.tapped(session, person, data);
    }

    /** Session number → [interested, co-hosts], as the application has stored them. */
    Map<Integer, List<Integer>> stored(String id) {
        Map<Integer, List<Integer>> counts = new TreeMap<>();
        board(id).forEach(p -> counts.put(p.number(), List.of(p.interested(), p.cohosts())));
        return counts;
    }

    List<Proposal> board(String id) {
        return core.openSpaces().proposals().list(Long.parseLong(id));
    }

    /** Session number → [interested, co-hosts], as each card in the group reads now. */
    static Map<Integer, List<Integer>> shown(FakeChat group, Map<Integer, MessageRef> cards) {
        Map<Integer, List<Integer>> counts = new TreeMap<>();
        cards.forEach((number, card) -> {
            Matcher m = COUNTS.matcher(current(group, card).text());
            counts.put(number, m.find() ? List.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : List.of());
        });
        return counts;
    }

    static int number(FakeChat group, MessageRef card) {
        String text = current(group, card).text();
        return Integer.parseInt(text.substring("Session ".length(), text.indexOf(' ', "Session ".length())));
    }

    static SentMessage current(FakeChat group, MessageRef message) {
        return TELEGRAM.sent(group).stream().filter(m -> m.ref().equals(message)).findFirst().orElseThrow();
    }

    /** A session's card once the bot has recorded it as delivered, so that taps on it are recognised. */
    MessageRef awaitCard(FakeChat group, int number) {
        String head = "Session " + number + " · ";
        TELEGRAM.await(PATIENCE, () -> TELEGRAM.sent(group).stream().filter(m -> m.text().startsWith(head))
                .anyMatch(m -> outbox.topicOf(ref(group), String.valueOf(m.messageId())).isPresent()));
        return TELEGRAM.sent(group).stream().filter(m -> m.text().startsWith(head)).findFirst().orElseThrow().ref();
    }

    static SentMessage awaitPhoto(FakeChat chat) {
        TELEGRAM.await(PATIENCE, () -> TELEGRAM.sent(chat).stream().anyMatch(m -> m.photo() != null));
        return TELEGRAM.sent(chat).stream().filter(m -> m.photo() != null).findFirst().orElseThrow();
    }

    static void awaitBotMessage(FakeChat chat, String text) {
        awaitBotText(chat, text);
    }

    static String awaitBotText(FakeChat chat, String text) {
        TELEGRAM.await(PATIENCE, () -> botTexts(chat).stream().anyMatch(t -> t.contains(text)));
        return botTexts(chat).stream().filter(t -> t.contains(text)).findFirst().orElseThrow();
    }

    static List<String> botTexts(FakeChat chat) {
        return TELEGRAM.sent(chat).stream().map(SentMessage::text).toList();
    }

    static ChatRef ref(FakeChat chat) {
        return ChatRef.parse("telegram:" + chat.id());
    }
}
