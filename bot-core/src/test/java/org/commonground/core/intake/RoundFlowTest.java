package org.commonground.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.commonground.core.domain.Button;
import org.commonground.core.domain.Category;
import org.commonground.core.domain.CategorySource;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Contribution;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.domain.OutboundMessage;
import org.commonground.core.domain.Round;
import org.commonground.core.event.InboundEvent;
import org.commonground.core.event.InboundResult;
import org.commonground.core.port.Dialect;
import org.commonground.core.domain.TextFormat;
import org.commonground.core.testkit.InMemoryCore;
import org.commonground.core.testkit.RecordingPlatform;
import org.junit.jupiter.api.Test;

class RoundFlowTest {

    static final ChatRef GROUP = ChatRef.parse("tg:-100");
    static final MemberRef ALICE = MemberRef.parse("tg:1");
    static final MemberRef BOB = MemberRef.parse("tg:2");

    final RecordingPlatform platform = new RecordingPlatform("tg", new Dialect(TextFormat.HTML, 4096));
    final InMemoryCore core = new InMemoryCore(platform);

    @Test
    void aReplyToThePromptIsStoredOnceAcknowledgedAndPlaced() {
        String prompt = openAndDeliver("What is in our way?", Category.OBSTACLE);

        InboundEvent reply = posted("m1", ALICE, "Every form asks the same questions and nobody reads them", prompt);
        core.services.inbound().accept(reply);
        core.services.inbound().accept(reply);
        deliver();

        List<Contribution> stored = core.contributions.listByRound(1);
        assertThat(stored).singleElement().satisfies(c -> {
            assertThat(c.category()).isEqualTo(Category.OBSTACLE);
            assertThat(c.source()).isEqualTo(CategorySource.SUGGESTED);
            assertThat(c.author()).isEqualTo(ALICE);
        });
        assertThat(platform.sentTo(GROUP)).extracting(s -> s.message())
                .contains(new OutboundMessage.React("m1", ReplyIntake.ACKNOWLEDGEMENT));
    }

    @Test
    void aReplyThatArrivesBeforeItsPromptIsKnownIsTakenWhenItComesAgain() {
        core.services.rounds().open(List.of(GROUP), "What matters to you?", Category.VISION, null);
        InboundEvent early = posted("m1", ALICE, "my own front door", "1000");
        core.services.inbound().accept(early);
        assertThat(core.contributions.listByRound(1)).isEmpty();

        deliver();
        assertThat(platform.sentTo(GROUP).get(0).id()).isEqualTo("1000");
        core.services.inbound().accept(early);
        core.services.inbound().accept(early);
        assertThat(core.contributions.listByRound(1)).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("my own front door"));
    }

    @Test
    void messagesThatDoNotAnswerAnOpenRoundAreLeftAlone() {
        String prompt = openAndDeliver("What matters to you?", Category.VISION);
        core.services.inbound().accept(posted("m1", ALICE, "just chatting", null));
        core.services.inbound().accept(posted("m2", ALICE, "a reply to someone else", "9999"));
        core.services.rounds().close(1);
        core.services.inbound().accept(posted("m3", ALICE, "too late", prompt));
        assertThat(core.contributions.listByRound(1)).isEmpty();
    }

    @Test
    void editsReplaceTheTextAndDeletionsRemoveTheReply() {
        String prompt = openAndDeliver("What matters to you?", Category.VISION);
        core.services.inbound().accept(posted("m1", ALICE, "time with frends", prompt));
        core.services.inbound().accept(posted("m2", BOB, "my own front door", prompt));

        core.services.inbound().accept(new InboundEvent.MessageEdited(GROUP, "m1", ALICE, "time with friends",
                core.clock.instant()));
        core.services.inbound().accept(new InboundEvent.MessageEdited(GROUP, "m2", ALICE, "hijack", core.clock.instant()));
        core.services.inbound().accept(new InboundEvent.MessageDeleted(GROUP, "m2"));

        assertThat(core.contributions.listByRound(1)).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("time with friends");
            assertThat(c.edits()).isEqualTo(1);
        });
    }

    @Test
    void shareTakesTheNewestOpenRoundAndDirectMessagesReachTheMembersRound() {
        String prompt = openAndDeliver("What could we do?", Category.IDEA);
        InboundResult shared = core.services.inbound().accept(command("c1", ALICE, "share", "a stall at the fair", null));
        assertThat(shared.note()).contains("your answer is in");

        core.services.inbound().accept(posted("m2", BOB, "hello", prompt));
        ChatRef direct = ChatRef.parse("tg:2");
        core.services.inbound().accept(new InboundEvent.MessagePosted(direct, "d1", BOB, "Bob",
                "let's write to the paper", null, true, core.clock.instant()));

        assertThat(core.contributions.listByRound(1)).extracting(Contribution::text)
                .containsExactly("a stall at the fair", "hello", "let's write to the paper");
        assertThat(core.services.inbound().accept(command("c2", ALICE, "share", "  ", null)).note())
                .contains("Write your answer after /share");
    }

    @Test
    void anUnsureReplyAsksItsAuthorAndOnlyTheAuthorsTapCounts() {
        openAndDeliver("Tell us anything", null);
        core.services.inbound().accept(command("c1", ALICE, "share", "hmm", null));
        deliver();
        RecordingPlatform.Sent question = platform.sentTo(GROUP).stream()
                .filter(s -> s.message() instanceof OutboundMessage.Post p && !p.buttons().isEmpty())
                .findFirst().orElseThrow();
        List<Button> buttons = ((OutboundMessage.Post) question.message()).buttons();
        assertThat(buttons).hasSize(4);

        // a tap may come before the platform has said which message carries the question
        InboundResult stranger = core.services.inbound().accept(new InboundEvent.ButtonPressed(GROUP,
                "a message the bot has not heard of yet", BOB, "Bob", dataOf(buttons, "IDEA"), core.clock.instant(),
                "tap-1"));
        assertThat(stranger.note()).contains("Only the person who wrote");
        InboundResult author = core.services.inbound().accept(new InboundEvent.ButtonPressed(GROUP, question.id(),
                ALICE, "Alice", dataOf(buttons, "TARGET"), core.clock.instant(), "tap-2"));

        assertThat(author.note()).contains("Who we need to persuade");
        assertThat(core.contributions.listByRound(1)).singleElement().satisfies(c -> {
            assertThat(c.category()).isEqualTo(Category.TARGET);
            assertThat(c.confirmed()).isTrue();
        });
    }

    @Test
    void convenorCommandsAreForAdminsOnly() {
        InboundResult refused = core.services.inbound().accept(command("c1", ALICE, "ask", "obstacle What stops us?", null));
        assertThat(refused.note()).contains("Only this chat's admins");
        assertThat(core.rounds.list()).isEmpty();

        InboundEvent.CommandIssued ask = new InboundEvent.CommandIssued(GROUP, "c2", ALICE, "Alice", "ask",
                "obstacle What stops us?", null, false, true, core.clock.instant());
        core.services.inbound().accept(ask);
        assertThat(core.rounds.list()).singleElement().satisfies(r -> {
            assertThat(r.category()).isEqualTo(Category.OBSTACLE);
            assertThat(r.prompt()).isEqualTo("What stops us?");
        });
    }

    @Test
    void roundsAreValidatedAndCloseOnTime() {
        assertThatThrownBy(() -> core.services.rounds().open(List.of(GROUP), " ", null, null))
                .hasMessageContaining("prompt is empty");
        assertThatThrownBy(() -> core.services.rounds().open(List.of(), "Q?", null, null))
                .hasMessageContaining("at least one chat");
        assertThatThrownBy(() -> core.services.rounds().close(42)).hasMessageContaining("no round 42");

        Round round = core.services.rounds().open(List.of(GROUP), "Q?", null, Duration.ofMinutes(30));
        core.clock.advance(Duration.ofMinutes(29));
        assertThat(core.services.rounds().closeDue()).isEmpty();
        core.clock.advance(Duration.ofMinutes(2));
        assertThat(core.services.rounds().closeDue()).extracting(Round::id).containsExactly(round.id());
        assertThat(core.services.rounds().get(round.id()).isOpen()).isFalse();
    }

    @Test
    void aMovedChatKeepsItsRoundsItsQueueAndItsMembersAndGetsTheOpenPromptAgainOnce() {
        ChatRef supergroup = ChatRef.parse("tg:-1009");
        String prompt = openAndDeliver("What matters to you?", Category.VISION);
        core.services.inbound().accept(posted("m1", ALICE, "time with my friends", prompt));
        core.services.summaries().post(1);

        core.services.inbound().accept(new InboundEvent.ChatMoved(GROUP, supergroup));
        core.services.inbound().accept(new InboundEvent.ChatMoved(GROUP, supergroup));
        deliver();

        assertThat(core.rounds.find(1).orElseThrow().chats()).containsExactly(supergroup);
        assertThat(core.members.chatsOf(ALICE)).containsExactly(supergroup);
        List<String> texts = platform.sentTo(supergroup).stream().map(s -> s.message())
                .filter(m -> m instanceof OutboundMessage.Post).map(m -> ((OutboundMessage.Post) m).text()).toList();
        assertThat(texts).hasSize(2);
        assertThat(texts.get(0)).contains("What we heard");
        assertThat(texts.get(1)).contains("What matters to you?", "Reply to this message");

        String again = platform.sentTo(supergroup).get(platform.sentTo(supergroup).size() - 1).id();
        core.services.inbound().accept(new InboundEvent.MessagePosted(supergroup, "m2", BOB, "Bob",
                "my own front door", again, false, core.clock.instant()));
        core.services.inbound().accept(new InboundEvent.MessagePosted(ChatRef.parse("tg:1"), "m3", ALICE, "Alice",
                "being listened to", null, true, core.clock.instant()));
        assertThat(core.contributions.listByRound(1)).extracting(Contribution::text)
                .containsExactly("time with my friends", "my own front door", "being listened to");
    }

    private String openAndDeliver(String prompt, Category category) {
        Round round = core.services.rounds().open(List.of(GROUP), prompt, category, null);
        deliver();
        assertThat(round.isOpen()).isTrue();
        return platform.sentTo(GROUP).get(0).id();
    }

    private void deliver() {
        while (core.services.dispatcher().deliverDue() > 0) {
            // drain
        }
    }

    private InboundEvent.MessagePosted posted(String id, MemberRef author, String text, String replyTo) {
        return new InboundEvent.MessagePosted(GROUP, id, author, "Name " + author.id(), text, replyTo, false,
                core.clock.instant());
    }

    private InboundEvent.CommandIssued command(String id, MemberRef member, String name, String args, String replyTo) {
        return new InboundEvent.CommandIssued(GROUP, id, member, "Name", name, args, replyTo, false, false,
                core.clock.instant());
    }

    private static String dataOf(List<Button> buttons, String category) {
        return buttons.stream().map(Button::data).filter(data -> data.endsWith(":" + category)).findFirst()
                .orElseThrow();
    }
}
