package org.commonground.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commonground.adapter.local.LocalChatPlatform;
import org.commonground.core.domain.Category;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Contribution;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.domain.Round;
import org.commonground.core.port.ContributionStore;
import org.commonground.core.round.RoundService;
import org.commonground.core.summary.SummaryService;
import org.commonground.testkit.discord.FakeChannel;
import org.commonground.testkit.discord.FakeDiscord;
import org.commonground.testkit.discord.FakeGuild;
import org.commonground.testkit.discord.InteractionResponse;
import org.commonground.testkit.discord.Person;
import org.commonground.testkit.discord.Reaction;
import org.commonground.testkit.discord.SentMessage;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real application serving a Discord server — the fake one, through the real JDA: rounds opened
 * with /ask, answers through the Share form, /share and replies, a lost session in the middle of a
 * round, and what went over the wire.
 */
@SpringBootTest(properties = {"commonground.mode=SERVE", "spring.datasource.url=jdbc:h2:mem:discord;DB_CLOSE_DELAY=-1",
        "logging.file.name=target/discord-end-to-end.log"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiscordEndToEndTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final FakeDiscord DISCORD = FakeDiscord.start();
    static final FakeGuild GUILD = DISCORD.guild("Care Network");
    static final FakeChannel GENERAL = GUILD.textChannel("general");
    static final FakeChannel GARDEN = GUILD.textChannel("garden");
    static final FakeChannel KITCHEN = GUILD.textChannel("kitchen");
    static final FakeChannel PORCH = GUILD.textChannel("porch");
    static final Person CONVENOR = GUILD.organiser("convenor");
    static final List<Person> MEMBERS = new ArrayList<>();

    static {
        for (int i = 1; i <= 20; i++) {
            MEMBERS.add(GUILD.member("member" + i));
        }
    }

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry properties) {
        properties.add("commonground.discord.token", DISCORD::token);
        properties.add("commonground.discord.rest-url", DISCORD::restUrl);
        properties.add("commonground.discord.gateway-url", DISCORD::gatewayUrl);
    }

    @Autowired
    ContributionStore contributions;
    @Autowired
    RoundService rounds;
    @Autowired
    SummaryService summaries;
    @Autowired
    LocalChatPlatform local;

    /** The fake closes with the application, after the bot has disconnected from it. */
    @TestConfiguration
    static class Closing {
        @Bean(destroyMethod = "close")
        FakeDiscord fakeDiscord() {
            return DISCORD;
        }
    }

    @Test
    @Order(1)
    void twentyMembersAnswerThroughTheFormSlashCommandsAndRepliesAndEachAnswerIsStoredOnce() {
        Round round = ask(GENERAL, "What matters to you?", "vision");
        long prompt = promptIn(GENERAL, round);
        Map<String, String> expected = new HashMap<>();
        List<Long> replies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Person member = MEMBERS.get(i);
            // the hostile answer says something else, so that it stands alone and the summary quotes it
            String answer = i == 7 ? "Buses that turn up on time @everyone **now**"
                    : "Time with friends and a say in my own support, from " + member.name();
            if (i < 8) {
                long click = member.clickButton(GENERAL, prompt, "cg-share");
                DISCORD.waitUntil(() -> !DISCORD.interactionResponses(click).isEmpty(), PATIENCE);
                answered(member.submitModal("cg-share-form:" + prompt, Map.of("answer", answer)));
            } else if (i < 14) {
                answered(member.slashCommand(GENERAL, "share", Map.of("answer", answer)));
            } else {
                replies.add(member.reply(GENERAL, prompt, answer));
            }
            expected.put("discord:" + member.id(), answer);
        }
        Person editor = MEMBERS.get(19);
        long second = editor.reply(GENERAL, prompt, "a second thought, withdrawn");
        DISCORD.waitUntil(() -> stored(round).size() == 21, PATIENCE);
        editor.delete(GENERAL, second);
        Person typo = MEMBERS.get(18);
        long chatter = editor.post(GENERAL, "just chatting, not an answer");
        expected.put("discord:" + typo.id(), "Time with friends and a say in my own support, from member19, truly");
        typo.edit(GENERAL, lastReplyOf(typo), expected.get("discord:" + typo.id()));

        DISCORD.waitUntil(() -> stored(round).size() == 20
                && stored(round).stream().anyMatch(c -> c.text().endsWith("truly")), PATIENCE);
        Map<String, String> byAuthor = new HashMap<>();
        stored(round).forEach(c -> byAuthor.merge(c.author().toString(), c.text(), (a, b) -> a + " | " + b));
        assertThat(byAuthor).isEqualTo(expected);
        assertThat(contributions.findByMessage(chat(GENERAL), Long.toString(chatter))).isEmpty();
        DISCORD.waitUntil(() -> DISCORD.reactions().size() >= replies.size(), PATIENCE);
        assertThat(DISCORD.reactions()).extracting(Reaction::messageId).containsAll(replies)
                .allSatisfy(id -> assertThat(id).isNotEqualTo(chatter));

        answered(CONVENOR.slashCommand(GENERAL, "summary", Map.of()));
        DISCORD.waitUntil(() -> summaryIn(GENERAL), PATIENCE);
        assertThat(String.join("\n", texts(GENERAL))).contains("What matters to us", "@\u200Beveryone \\*\\*now\\*\\*");
        DiscordWire.everyMessageMentionsNobodyAndFitsDiscord(DISCORD);
    }

    @Test
    @Order(2)
    void membersManageTheirOwnDataPrivatelyAndCannotUseTheConvenorCommands() {
        Person member = MEMBERS.get(0);
        InteractionResponse mine = answered(member.slashCommand(GENERAL, "mydata", Map.of()));
        assertThat(mine.ephemeral()).isTrue();
        assertThat(mine.content()).contains("from member1");
        assertThat(answered(member.slashCommand(GENERAL, "credit", Map.of("choice", "on"))).content())
                .contains("summaries will name you");
        InteractionResponse forgotten = answered(member.slashCommand(GENERAL, "forgetme", Map.of()));
        assertThat(forgotten.ephemeral()).isTrue();
        assertThat(forgotten.content()).contains("deleted everything");
        assertThat(contributions.listByAuthor(new MemberRef("discord", Long.toString(member.id())))).isEmpty();
        try {
            member.slashCommand(GENERAL, "summary", Map.of());
            throw new AssertionError("a member could use /summary");
        } catch (IllegalStateException hidden) {
            assertThat(hidden).hasMessageContaining("may not use /summary");
        }
    }

    @Test
    @Order(3)
    void whenUnsureTheBotAsksTheAuthorAloneWhereAnAnswerSharedThroughTheFormBelongs() {
        FakeChannel channel = KITCHEN;
        Round round = ask(channel, "Tell us anything", "open");
        long prompt = promptIn(channel, round);
        Person member = MEMBERS.get(2);
        long click = member.clickButton(channel, prompt, "cg-share");
        DISCORD.waitUntil(() -> !DISCORD.interactionResponses(click).isEmpty(), PATIENCE);
        long shared = member.submitModal("cg-share-form:" + prompt, Map.of("answer", "buses"));

        DISCORD.waitUntil(() -> DISCORD.sentMessages(channel).stream().anyMatch(m -> m.interactionId() == shared
                && !m.customIds().isEmpty()), PATIENCE);
        SentMessage question = DISCORD.sentMessages(channel).stream().filter(m -> m.interactionId() == shared
                && !m.customIds().isEmpty()).findFirst().orElseThrow();
        assertThat(question.ephemeral()).isTrue();
        String idea = question.customIds().stream().filter(id -> id.endsWith(":IDEA")).findFirst().orElseThrow();
        InteractionResponse thanks = answered(member.clickButton(channel, question.messageId(), idea));

        assertThat(thanks.ephemeral()).isTrue();
        assertThat(thanks.content()).contains("filed under");
        assertThat(stored(round)).singleElement().satisfies(c -> {
            assertThat(c.category()).isEqualTo(Category.IDEA);
            assertThat(c.confirmed()).isTrue();
        });
        DISCORD.waitUntil(() -> DISCORD.interactionResponses(shared).stream()
                .anyMatch(r -> r.kind() == InteractionResponse.Kind.EDIT), PATIENCE);
    }

    @Test
    @Order(4)
    void aSessionLostMidRoundLosesNoReplyAndDoublesNone() {
        Round round = ask(GARDEN, "What is in our way?", "obstacle");
        long prompt = promptIn(GARDEN, round);
        List<Long> replies = new ArrayList<>();
        for (int wave = 0; wave < 4; wave++) {
            if (wave == 1) {
                DISCORD.sendReconnect();
            } else if (wave == 2) {
                DISCORD.invalidateSession(false);
            } else if (wave == 3) {
                DISCORD.waitUntil(() -> DISCORD.identifies().size() == 2, PATIENCE);
            }
            for (int i = 0; i < 5; i++) {
                Person member = MEMBERS.get(wave * 5 + i);
                replies.add(member.reply(GARDEN, prompt, "Forms that ask the same thing twice, says " + member.name()));
            }
        }

        DISCORD.waitUntil(() -> stored(round).size() == 20, PATIENCE);
        assertThat(stored(round)).extracting(Contribution::messageId)
                .containsExactlyInAnyOrderElementsOf(replies.stream().map(String::valueOf).toList());
        assertThat(DISCORD.requests()).anyMatch(call -> call.method().equals("GET")
                && call.target().startsWith("/api/v10/channels/" + GARDEN.id() + "/messages?")
                && call.target().contains("after="));
        DiscordWire.everyMessageMentionsNobodyAndFitsDiscord(DISCORD);
    }

    @Test
    @Order(5)
    void oneRoundInADiscordChannelAndALocalRoomEndsInOneSummaryPostedToEachInItsDialect() {
        ChatRef room = ChatRef.parse("local:porch");
        Round round = rounds.open(List.of(chat(PORCH), room), "Who do we need to persuade?", Category.TARGET, null);
        long prompt = promptIn(PORCH, round);
        DISCORD.waitUntil(() -> rounds.promptMessageId(round.id(), room).isPresent(), PATIENCE);
        String localPrompt = rounds.promptMessageId(round.id(), room).orElseThrow();
        for (int i = 0; i < 3; i++) {
            MEMBERS.get(i).reply(PORCH, prompt, "our ward councillors, says " + MEMBERS.get(i).name());
        }
        local.reply("porch", "alice", localPrompt, "the local radio *and* the paper");
        local.reply("porch", "bob", localPrompt, "the people who run the day centre");
        DISCORD.waitUntil(() -> stored(round).size() == 5, PATIENCE);

        summaries.post(round.id());

        DISCORD.waitUntil(() -> !summaries.delivered(round.id(), chat(PORCH)).isEmpty()
                && !summaries.delivered(round.id(), room).isEmpty(), PATIENCE);
        String onDiscord = String.join("\n", summaries.delivered(round.id(), chat(PORCH)));
        String inTheRoom = String.join("\n", summaries.delivered(round.id(), room));
        assertThat(onDiscord).contains("**Who we need to persuade**", "5 replies from 5 people");
        assertThat(texts(PORCH)).contains(onDiscord);
        assertThat(inTheRoom).contains("Who we need to persuade", "5 replies from 5 people").doesNotContain("**");
    }

    private Round ask(FakeChannel channel, String prompt, String category) {
        answered(CONVENOR.slashCommand(channel, "ask", Map.of("prompt", prompt, "category", category)));
        Round round = rounds.list().get(0);
        assertThat(round.prompt()).isEqualTo(prompt);
        assertThat(round.categoryKey()).isEqualTo(category);
        return round;
    }

    /**
     * The prompt, posted with its Share button, once the bot has recorded where it went: people reply
     * to what they see, and they see it only then.
     */
    private long promptIn(FakeChannel channel, Round round) {
        DISCORD.waitUntil(() -> rounds.promptMessageId(round.id(), chat(channel)).isPresent(), PATIENCE);
        long prompt = Long.parseLong(rounds.promptMessageId(round.id(), chat(channel)).orElseThrow());
        assertThat(DISCORD.sentMessages(channel)).filteredOn(m -> m.messageId() == prompt).singleElement()
                .satisfies(m -> assertThat(m.customIds()).containsExactly("cg-share"));
        return prompt;
    }

    private static InteractionResponse answered(long interaction) {
        DISCORD.waitUntil(() -> !DISCORD.interactionResponses(interaction).isEmpty(), PATIENCE);
        return DISCORD.interactionResponses(interaction).get(0);
    }

    private long lastReplyOf(Person person) {
        return DISCORD.history(GENERAL).stream().filter(m -> m.authorId() == person.id())
                .reduce((first, second) -> second).orElseThrow().id();
    }

    private List<Contribution> stored(Round round) {
        return contributions.listByRound(round.id());
    }

    private boolean summaryIn(FakeChannel channel) {
        return DISCORD.sentMessages(channel).stream()
                .anyMatch(m -> !m.ephemeral() && m.content().contains("What we heard"));
    }

    private static List<String> texts(FakeChannel channel) {
        return DISCORD.sentMessages(channel).stream().map(SentMessage::content).toList();
    }

    private static ChatRef chat(FakeChannel channel) {
        return new ChatRef("discord", Long.toString(channel.id()));
    }
}
