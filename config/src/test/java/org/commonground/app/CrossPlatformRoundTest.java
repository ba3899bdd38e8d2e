package org.commonground.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Contribution;
import org.commonground.core.port.ContributionStore;
import org.commonground.core.round.RoundService;
import org.commonground.core.summary.SummaryService;
import org.commonground.testkit.discord.FakeDiscord;
import org.commonground.testkit.telegram.FakeChat;
import org.commonground.testkit.telegram.FakeTelegram;
import org.commonground.testkit.telegram.MessageRef;
import org.commonground.testkit.telegram.Person;
import org.commonground.testkit.telegram.SentMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One round for a Telegram group and a Discord channel together, run by the real application
 * connected to both fakes at once: the convenor opens it with one command, members answer on both
 * platforms, and one summary that counts every reply goes back to each, in HTML and in Markdown.
 */
@SpringBootTest(properties = {"commonground.mode=SERVE", "commonground.telegram.poll-timeout=1s",
        "spring.datasource.url=jdbc:h2:mem:cross-platform;DB_CLOSE_DELAY=-1",
        "logging.file.name=target/cross-platform-round.log"})
@DirtiesContext
class CrossPlatformRoundTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final FakeTelegram TELEGRAM = FakeTelegram.start();
    static final DiscordGathering DISCORD = new DiscordGathering(3);

    @DynamicPropertySource
    static void platforms(DynamicPropertyRegistry properties) {
        properties.add("commonground.telegram.token", TELEGRAM::token);
        properties.add("commonground.telegram.api-url", TELEGRAM::baseUrl);
        DISCORD.register(properties);
    }

    /** Both fakes close with the application, after the bot has disconnected from them. */
    @TestConfiguration
    static class Closing {
        @Bean(destroyMethod = "close")
        FakeTelegram fakeTelegram() {
            return TELEGRAM;
        }

        @Bean(destroyMethod = "close")
        FakeDiscord fakeDiscord() {
            return DISCORD.fake;
        }
    }

    @Autowired
    CommandRegistry registry;
    @Autowired
    RoundService rounds;
    @Autowired
    SummaryService summaries;
    @Autowired
    ContributionStore contributions;

    @Test
    void oneRoundInATelegramGroupAndADiscordChannelEndsInOneSummaryPostedToBoth() {
        List<Person> people = IntStream.range(0, 4).mapToObj(i -> TELEGRAM.person("Member" + i)).toList();
        FakeChat group = TELEGRAM.group("Care reform North", people.get(0), people.subList(1, 4).toArray(Person[]::new));
        ChatRef telegram = ChatRef.parse("telegram:" + group.id());
        ChatRef discord = ChatRef.parse(DISCORD.ref());
        ConvenorShell shell = new ConvenorShell(registry);

        long round = Long.parseLong(shell.run("round", "open", "--chat", telegram + "," + discord, "--prompt",
                "What is in our way?", "--category", "obstacle"));

        assertThat(rounds.get(round).chats()).containsExactly(telegram, discord);
        MessageRef telegramPrompt = group.message(Integer.parseInt(prompt(round, telegram)));
        long discordPrompt = Long.parseLong(prompt(round, discord));
        people.get(0).repliesTo(telegramPrompt, "Forms that ask the same questions <b>again</b> & again");
        people.get(1).repliesTo(telegramPrompt, "Nobody reads the care plans we write");
        people.get(2).says(group, "/share Buses that never turn up on time");
        DISCORD.people.get(0).reply(DISCORD.channel, discordPrompt, "Forms that ask the same questions **twice**");
        DISCORD.people.get(1).reply(DISCORD.channel, discordPrompt, "Letters full of jargon @everyone");
        DISCORD.answered(DISCORD.people.get(2).slashCommand(DISCORD.channel, "share",
                Map.of("answer", "Waiting months for an assessment")));
        DISCORD.fake.waitUntil(() -> contributions.listByRound(round).size() == 6, PATIENCE);
        assertThat(contributions.listByRound(round)).extracting(c -> c.author().platform())
                .containsOnly("telegram", "discord").contains("telegram", "discord");
        assertThat(contributions.listByRound(round)).extracting(Contribution::chat).contains(telegram, discord);

        assertThat(shell.run("summary", "post", String.valueOf(round))).contains("is queued");

        DISCORD.fake.waitUntil(() -> !summaries.delivered(round, telegram).isEmpty()
                && !summaries.delivered(round, discord).isEmpty(), PATIENCE);
        List<SentMessage> onTelegram = TELEGRAM.sent(group).stream()
                .dropWhile(message -> !message.text().startsWith("What we heard")).toList();
        assertThat(onTelegram).isNotEmpty().allSatisfy(part -> assertThat(part.parseMode()).isEqualToIgnoringCase("html"));
        assertThat(onTelegram.get(0).markup()).contains("<b>What's in our way</b>", "6 replies from 6 people");
        assertThat(TELEGRAM.requests()).filteredOn(request -> request.body().contains(String.valueOf(group.id())))
                .allSatisfy(request -> assertThat(request.status()).as(request.body()).isEqualTo(200));
        String onDiscord = String.join("\n", summaries.delivered(round, discord));
        assertThat(onDiscord).contains("**What's in our way**", "6 replies from 6 people").doesNotContain("<b>");
        assertThat(DISCORD.fake.sentMessages(DISCORD.channel)).extracting(m -> m.content())
                .containsAll(summaries.delivered(round, discord));
        DiscordWire.everyMessageMentionsNobodyAndFitsDiscord(DISCORD.fake);
    }

    @Test
    void aRoundForAChatNoPlatformCouldReachIsRefusedWithHowToWriteIt() {
        ConvenorShell shell = new ConvenorShell(registry);
        int before = rounds.list().size();

        ConvenorShell.Result unknownPlatform = shell.attempt("round", "open", "--chat", DISCORD.ref() + ",slack:C024BE91L",
                "--prompt", "What matters to you?");
        ConvenorShell.Result channelName = shell.attempt("round", "open", "--chat", "discord:general", "--prompt",
                "What matters to you?");
        ConvenorShell.Result groupName = shell.attempt("round", "open", "--chat", "telegram:@carereform", "--prompt",
                "What matters to you?");

        assertThat(unknownPlatform.status()).isNotZero();
        assertThat(unknownPlatform.err()).isEqualTo("'slack:C024BE91L' is on no platform I know: chats are written "
                + "discord:112233445566778899, local:<id>, telegram:-1001234567890.");
        assertThat(channelName.status()).isNotZero();
        assertThat(channelName.err()).startsWith("'discord:general' is not a discord chat: write it like "
                + "discord:112233445566778899 (the channel's id");
        assertThat(groupName.err()).startsWith("'telegram:@carereform' is not a telegram chat: write it like "
                + "telegram:-1001234567890");
        assertThat(rounds.list()).hasSize(before);
    }

    /** The round's prompt in the chat, once the running bot has posted it there. */
    private String prompt(long round, ChatRef chat) {
        DISCORD.fake.waitUntil(() -> rounds.promptMessageId(round, chat).isPresent(), PATIENCE);
        return rounds.promptMessageId(round, chat).orElseThrow();
    }
}
