package org.commonground.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonground.core.domain.MemberRef;
import org.commonground.core.openspace.OpenSpaceServices;
import org.commonground.core.openspace.Session;
import org.commonground.core.openspace.Turnout;
import org.commonground.core.port.OutboxStore;
import org.commonground.testkit.discord.ChannelMessage;
import org.commonground.testkit.discord.Person;

/**
 * The people of an open space on Discord: twelve propose sessions with /propose, everyone taps the
 * cards (some twice, to take it back), and hosts post notes. Keeps what the taps should add up to.
 */
final class OpenSpaceCrowd {

    static final Pattern COUNTS = Pattern.compile("★ (\\d+) interested · (\\d+) co-hosting");

    static final List<String> PROPOSALS = List.of("Getting about town | buses, taxis and lifts that work for us",
            "Forms we can read | letters and forms in plain words", "A buddy scheme | so nobody is stuck at home",
            "Money that follows the person | personal budgets that really are personal",
            "Carers need breaks too | respite that fits family life", "Work that works | jobs with the right support",
            "Homes not placements | living where and with whom we choose", "Being heard in reviews | care reviews done with us",
            "Digital without the hassle | phones, apps and help to use them", "Young people moving on | from school to adult life",
            "Peer support | people who have been there", "Telling our stories | to the council and the local paper");

    private final DiscordGathering discord;
    private final OpenSpaceServices.Stores stores;
    private final OutboxStore outbox;
    private final long openSpaceId;
    private final Map<Long, Set<MemberRef>> interested = new HashMap<>();
    private final Map<Long, Set<MemberRef>> cohosts = new HashMap<>();
    private final Map<Long, Long> cards = new HashMap<>();

    OpenSpaceCrowd(DiscordGathering discord, OpenSpaceServices.Stores stores, OutboxStore outbox, long openSpaceId) {
        this.discord = discord;
        this.stores = stores;
        this.outbox = outbox;
        this.openSpaceId = openSpaceId;
    }

    /** The first twelve people each propose a session; each card is in the channel, with its buttons. */
    void proposeTwelveSessions() {
        for (int i = 0; i < PROPOSALS.size(); i++) {
            Person proposer = discord.people.get(i);
            String thanks = discord.answered(proposer.slashCommand(discord.channel, "propose",
                    Map.of("text", PROPOSALS.get(i)))).content();
            assertThat(thanks).contains("Your session is number " + (i + 1));
        }
        List<Session> sessions = stores.sessions().list(openSpaceId);
        assertThat(sessions).hasSize(PROPOSALS.size());
        for (Session session : sessions) {
            discord.fake.waitUntil(() -> cardMessage(session) != 0, DiscordGathering.PATIENCE);
            cards.put(session.id(), cardMessage(session));
            interested.put(session.id(), new HashSet<>());
            cohosts.put(session.id(), new HashSet<>());
        }
    }

    /**
     * Everyone taps "I'm interested" on three or four cards (one in five taps the first twice, taking
     * it back), and six people offer to co-host, one of whom steps back.
     */
    void tapTheirCards() {
        List<Session> sessions = stores.sessions().list(openSpaceId);
        for (int p = 0; p < discord.people.size(); p++) {
            Person person = discord.people.get(p);
            boolean first = true;
            for (int s = 0; s < sessions.size(); s++) {
                if ((p * 7 + s * 5) % 12 < 4 && p != s) {
                    press(person, sessions.get(s), "os:interest", interested);
                    if (first && p % 5 == 0) {
                        press(person, sessions.get(s), "os:interest", interested);
                    }
                    first = false;
                }
            }
        }
        for (int p = 12; p < 18; p++) {
            press(discord.people.get(p), sessions.get((p - 12) * 2), "os:cohost", cohosts);
        }
        press(discord.people.get(12), sessions.get(0), "os:cohost", cohosts);
    }

    /** Session 1's host replies to its card with notes; session 2's host uses /notes. */
    void hostsPostNotes() {
        List<Session> sessions = stores.sessions().list(openSpaceId);
        discord.people.get(0).reply(discord.channel, cards.get(sessions.get(0).id()), "The buses aren't accessible, "
                + "so people stay in. Idea: a map of places that are easy to reach. We'll send it to the council.");
        String taken = discord.answered(discord.people.get(1).slashCommand(discord.channel, "notes",
                Map.of("text", "2 Obstacle: the letters are full of jargon. We'll ask for plain-English letters.")))
                .content();
        assertThat(taken).contains("your notes on session 2 are in");
        discord.fake.waitUntil(() -> stores.notes().ofOpenSpace(openSpaceId).size() == 2, DiscordGathering.PATIENCE);
    }

    /** Each card, as Discord shows it now, counts what the application stored, and still has its buttons. */
    void assertEveryCardShowsTheStoredTurnout() {
        assertThat(cards).hasSize(12);
        for (Session session : stores.sessions().list(openSpaceId)) {
            Turnout turnout = stores.sessions().turnout(session.id());
            assertThat(turnout).isEqualTo(expected(session));
            ChannelMessage card = discord.message(cards.get(session.id()));
            Matcher counts = COUNTS.matcher(card.content());
            assertThat(counts.find()).as(card.content()).isTrue();
            assertThat(Integer.parseInt(counts.group(1))).as(card.content()).isEqualTo(turnout.interested().size());
            assertThat(Integer.parseInt(counts.group(2))).as(card.content()).isEqualTo(turnout.cohosts().size());
            assertThat(card.customIds()).containsExactly("os:interest", "os:cohost");
        }
    }

    /** Each session's card: its message id in the channel. */
    Map<Long, Long> cards() {
        return Map.copyOf(cards);
    }

    /** What the taps add up to for the session. */
    Turnout expected(Session session) {
        return new Turnout(interested.get(session.id()), cohosts.get(session.id()));
    }

    /** One tap, answered before the next, as a person waits to see their tap taken. */
    private void press(Person person, Session session, String button, Map<Long, Set<MemberRef>> tally) {
        discord.answered(person.clickButton(discord.channel, cards.get(session.id()), button));
        Set<MemberRef> tapped = tally.get(session.id());
        MemberRef member = discord.member(person);
        if (!tapped.remove(member)) {
            tapped.add(member);
        }
    }

    private long cardMessage(Session session) {
        return stores.cards().of(session.id()).stream()
                .flatMap(card -> outbox.find(card.postId()).stream())
                .filter(post -> post.deliveredId() != null)
                .mapToLong(post -> Long.parseLong(post.deliveredId())).findFirst().orElse(0);
    }
}
