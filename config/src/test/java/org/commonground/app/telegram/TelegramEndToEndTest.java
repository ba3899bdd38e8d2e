package org.commonground.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.commonground.core.CoreServices;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Contribution;
import org.commonground.core.domain.OutboxStatus;
import org.commonground.core.intake.ReplyText;
import org.commonground.core.port.ContributionStore;
import org.commonground.core.port.OutboxStore;
import org.commonground.testkit.telegram.Button;
import org.commonground.testkit.telegram.FakeChat;
import org.commonground.testkit.telegram.FakeTelegram;
import org.commonground.testkit.telegram.LoggedRequest;
import org.commonground.testkit.telegram.MessageRef;
import org.commonground.testkit.telegram.Person;
import org.commonground.testkit.telegram.SentMessage;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real application (stores on H2, the outbox, the real TelegramBots client) serving a fake
 * Telegram that paces sends as Telegram does: a busy round in a group, start to summary.
 */
@SpringBootTest(properties = {"commonground.mode=SERVE", "commonground.telegram.poll-timeout=1s",
        "spring.datasource.url=jdbc:h2:mem:telegram-round;DB_CLOSE_DELAY=-1"})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramEndToEndTest {

    static final Duration PATIENCE = Duration.ofSeconds(90);
    static final FakeTelegram TELEGRAM = FakeTelegram.start();

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry properties) {
        properties.add("commonground.telegram.token", TELEGRAM::token);
        properties.add("commonground.telegram.api-url", TELEGRAM::baseUrl);
    }

    @Autowired
    CoreServices core;
    @Autowired
    ContributionStore contributions;
    @Autowired
    OutboxStore outbox;

    @AfterAll
    void stop() {
        core.runtime().close();
        TELEGRAM.close();
    }

    @Test
    void twoHundredRepliesFromTwentyMembersAreStoredExactlyOnceAndSummarisedWithinTheLimits() {
        List<Person> people = IntStream.range(0, 20).mapToObj(i -> TELEGRAM.person("Member" + i)).toList();
        FakeChat group = TELEGRAM.group("Care reform North", people.get(0),
                people.subList(1, 20).toArray(Person[]::new));
        Person convenor = people.get(0);

        people.get(1).says(group, "/ask obstacle What is in our way?");
        convenor.says(group, "/ask vision What matters to you?");
        awaitBotMessage(group, "What matters to you?");
        long round = core.rounds().list().get(0).id();
        MessageRef prompt = awaitPrompt(round, group);
        assertThat(botTexts(group)).anyMatch(text -> text.contains("Only this chat's admins can do that"))
                .noneMatch(text -> text.contains("What is in our way?"));

        List<String> sent = new ReplyScript().replies(200);
        List<MessageRef> replies = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            replies.add(people.get(i % 20).repliesTo(prompt, sent.get(i)));
        }
        List<String> expected = new ArrayList<>(sent);
        for (int i = 3; i < sent.size(); i += 10) {
            people.get(i % 20).edits(replies.get(i), ReplyScript.edited(sent.get(i)));
            expected.set(i, ReplyScript.edited(sent.get(i)));
        }
        people.get(5).says(group, "/share gardening with the neighbours' children");
        people.get(6).says(people.get(6).privateChat(), "a bus that runs on Sundays");
        expected.add("gardening with the neighbours' children");
        expected.add("a bus that runs on Sundays");

        List<String> cleaned = expected.stream().map(ReplyText::clean).sorted().toList();
        TELEGRAM.await(PATIENCE, () -> contributions.listByRound(round).stream().map(Contribution::text).sorted()
                .toList().equals(cleaned));
        convenor.says(group, "/summary");
        // Replies the collator is unsure of get a question each, and in a group those go out at
        // Telegram's twenty messages a minute before the summary can: a long wait, not a slow bot.
        TELEGRAM.await(Duration.ofMinutes(5), () -> botTexts(group).stream().anyMatch(t -> t.contains("for sharing")));

        assertThat(contributions.listByRound(round)).extracting(Contribution::text)
                .containsExactlyInAnyOrderElementsOf(cleaned);
        Map<Integer, Long> reactionsPerReply = TELEGRAM.reactions().stream()
                .filter(reaction -> reaction.chatId() == group.id())
                .collect(Collectors.groupingBy(reaction -> reaction.messageId(), Collectors.counting()));
        assertThat(replies).allSatisfy(reply -> assertThat(reactionsPerReply.get(reply.messageId())).isEqualTo(1));

        List<SentMessage> summary = TELEGRAM.sent(group).stream()
                .dropWhile(message -> !message.text().startsWith("What we heard")).toList();
        // How many parts depends on how the collator groups the replies; together they are longer than
        // one Telegram message, so the bot split them, and the fake took each part whole, in HTML.
        String whole = summary.stream().map(SentMessage::markup).collect(Collectors.joining("\n"));
        assertThat(whole.length()).isGreaterThan(4096);
        assertThat(summary).hasSizeGreaterThan(1)
                .allSatisfy(part -> assertThat(part.parseMode()).isEqualToIgnoringCase("html"))
                .allSatisfy(part -> assertThat(part.text().length()).isLessThanOrEqualTo(4096))
                .allSatisfy(part -> assertThat(part.earlierTexts()).isEmpty());
        // In the order the bot queued them: the fake numbered them as they came.
        assertThat(summary).extracting(SentMessage::markup)
                .containsExactlyElementsOf(core.summaries().delivered(round, ref(group)));
        assertThat(summary.get(0).text()).startsWith("What we heard — What matters to you?");
        assertThat(summary.get(summary.size() - 1).text()).endsWith("Thank you, everyone, for sharing.");
        List<Integer> headings = Stream.of("What matters to us", "What's in our way", "Who we need to persuade",
                "What we could do").map(heading -> whole.indexOf("<b>" + heading + "</b>"))
                .filter(at -> at >= 0).toList();
        assertThat(headings).isNotEmpty().isSorted();
        assertThat(summary.stream().filter(part -> part.text().contains("alert(1)")))
                .allSatisfy(part -> assertThat(part.text()).contains("<script>alert(1)</script>"));
        assertThat(TELEGRAM.requests()).filteredOn(request -> request.body().contains(String.valueOf(group.id())))
                .filteredOn(request -> request.status() != 200).extracting(LoggedRequest::body).isEmpty();
        assertThat(TELEGRAM.tooManyRequestsGiven()).isZero();
        assertThat(outbox.counts().getOrDefault(OutboxStatus.FAILED, 0)).isZero();
    }

    @Test
    void membersTapToChooseWithdrawAndGetTheirDataOnlyInPrivate() {
        Person ann = TELEGRAM.person("Ann");
        Person bob = TELEGRAM.person("Bob");
        Person cat = TELEGRAM.person("Cat");
        FakeChat group = TELEGRAM.group("Open doors", ann, bob, cat);
        ann.says(ann.privateChat(), "/start");
        awaitBotMessage(ann.privateChat(), "/share");
        long round = core.rounds().open(List.of(ref(group)), "Tell us anything", null, null).id();
        MessageRef prompt = awaitPrompt(round, group);

        MessageRef party = bob.repliesTo(prompt, "buses on sundays");
        MessageRef question = awaitBotMessage(group, "Which fits your answer best?");
        SentMessage asked = TELEGRAM.sent(group).stream().filter(m -> m.ref().equals(question)).findFirst()
                .orElseThrow();
        assertThat(asked.replyToMessageId()).isEqualTo(party.messageId());
        List<String> choices = asked.keyboard().stream().flatMap(List::stream).map(Button::callbackData).toList();
        assertThat(choices).hasSize(4);
        cat.taps(question, choices.stream().filter(data -> data.endsWith(":VISION")).findFirst().orElseThrow());
        bob.taps(question, choices.stream().filter(data -> data.endsWith(":IDEA")).findFirst().orElseThrow());
        bob.edits(party, "buses on sundays and bank holidays");
        MessageRef mistake = bob.repliesTo(prompt, "oops, wrong thread");
        bob.repliesTo(mistake, "/forget");
        ann.repliesTo(prompt, "allotments for everyone");
        ann.says(group, "/mydata");
        cat.says(group, "/mydata");

        awaitBotMessage(group, "Filed under");
        awaitBotMessage(ann.privateChat(), "allotments for everyone");
        awaitBotMessage(group, "I can only send that to you privately");
        TELEGRAM.await(PATIENCE, () -> TELEGRAM.callbackAnswers().size() >= 2);
        assertThat(TELEGRAM.callbackAnswers()).extracting(answer -> answer.text())
                .anyMatch(text -> text.contains("Only the person who wrote"))
                .anyMatch(text -> text.contains("What we could do"));
        assertThat(botTexts(group)).noneMatch(text -> text.contains("allotments for everyone"));
        TELEGRAM.await(PATIENCE, () -> contributions.listByRound(round).size() == 2);
        assertThat(contributions.listByRound(round)).extracting(Contribution::text, Contribution::confirmed)
                .containsExactly(Tuple.tuple("buses on sundays and bank holidays", true),
                        Tuple.tuple("allotments for everyone", false));
        assertThat(TELEGRAM.commands().get("default")).extracting(command -> command.command())
                .containsExactlyInAnyOrder("start", "help", "share", "mydata", "forgetme", "credit");
        assertThat(TELEGRAM.commands().get("all_chat_administrators")).extracting(command -> command.command())
                .contains("ask", "summary");
    }

    @Test
    void aGroupThatBecomesASupergroupKeepsItsRound() {
        Person dan = TELEGRAM.person("Dan");
        Person eve = TELEGRAM.person("Eve");
        FakeChat group = TELEGRAM.group("Neighbours", dan, eve);
        long round = core.rounds().open(List.of(ref(group)), "What matters to you?", null, null).id();
        dan.repliesTo(awaitPrompt(round, group), "the corner shop");
        TELEGRAM.await(PATIENCE, () -> contributions.listByRound(round).size() == 1);

        FakeChat supergroup = group.migrateToSupergroup();
        eve.repliesTo(awaitPrompt(round, supergroup), "the bus to town");
        TELEGRAM.await(PATIENCE, () -> contributions.listByRound(round).size() == 2);
        core.summaries().post(round);

        awaitBotMessage(supergroup, "What we heard");
        assertThat(core.rounds().get(round).chats()).containsExactly(ref(supergroup));
        assertThat(contributions.listByRound(round)).extracting(Contribution::text)
                .containsExactly("the corner shop", "the bus to town");
    }

    /**
     * The round's prompt once the bot has recorded it as delivered: a reply that reaches the bot before
     * it knows the id of its own prompt is not recognised as an answer.
     */
    MessageRef awaitPrompt(long round, FakeChat chat) {
        TELEGRAM.await(PATIENCE, () -> core.rounds().promptMessageId(round, ref(chat)).isPresent());
        return chat.message(Integer.parseInt(core.rounds().promptMessageId(round, ref(chat)).orElseThrow()));
    }

    static MessageRef awaitBotMessage(FakeChat chat, String text) {
        TELEGRAM.await(PATIENCE, () -> TELEGRAM.sent(chat).stream().anyMatch(m -> m.text().contains(text)));
        return TELEGRAM.sent(chat).stream().filter(m -> m.text().contains(text)).findFirst().orElseThrow().ref();
    }

    static List<String> botTexts(FakeChat chat) {
        return TELEGRAM.sent(chat).stream().map(SentMessage::text).toList();
    }

    static ChatRef ref(FakeChat chat) {
        return ChatRef.parse("telegram:" + chat.id());
    }
}
