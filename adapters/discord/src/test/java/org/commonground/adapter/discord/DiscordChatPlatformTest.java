package org.commonground.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;

import org.commonground.core.domain.Button;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.domain.OutboundMessage;
import org.commonground.core.domain.TextFormat;
import org.commonground.core.domain.Topic;
import org.commonground.core.event.InboundEvent;
import org.commonground.core.event.InboundResult;
import org.commonground.core.event.InboundSink;
import org.commonground.core.port.DeliveryException;
import org.commonground.core.round.OpenPrompts;
import org.commonground.core.testkit.InMemoryContributionStore;
import org.commonground.core.testkit.InMemoryOutboxStore;
import org.commonground.core.testkit.InMemoryRoundStore;
import org.commonground.testkit.discord.ChannelMessage;
import org.commonground.testkit.discord.FakeChannel;
import org.commonground.testkit.discord.FakeDiscord;
import org.commonground.testkit.discord.FakeGuild;
import org.commonground.testkit.discord.Identify;
import org.commonground.testkit.discord.Person;
import org.commonground.testkit.discord.Route;
import org.commonground.testkit.discord.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The platform on the real JDA against the fake, for an application whose Message Content intent is
 * not enabled: the events it hands over, what it sends, and the replies it finds after being away.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiscordChatPlatformTest {

    static final Duration PATIENCE = Duration.ofSeconds(15);

    final FakeDiscord discord = FakeDiscord.builder().messageContentEnabled(false).start();
    final FakeGuild guild = discord.guild("Network");
    final FakeChannel general = guild.textChannel("general");
    final Person ann = guild.member("ann");
    final ChatRef chat = new ChatRef("discord", Long.toString(general.id()));
    final InMemoryRoundStore rounds = new InMemoryRoundStore();
    final InMemoryOutboxStore outbox = new InMemoryOutboxStore();
    final OpenPrompts openPrompts = new OpenPrompts(rounds, new InMemoryContributionStore(), outbox);
    final List<InboundEvent> received = new CopyOnWriteArrayList<>();
    final InboundSink sink = event -> {
        received.add(event);
        return event instanceof InboundEvent.CommandIssued ? InboundResult.personal("Noted, @everyone *now*")
                : InboundResult.NOTHING;
    };
    DiscordChatPlatform platform;
    long prompt;

    @BeforeAll
    void connect() {
        platform = start();
    }

    @AfterAll
    void disconnect() {
        platform.stop();
        discord.close();
    }

    @Test
    @Order(1)
    void withoutTheIntentItConnectsAnywayAndRegistersItsCommands() {
        assertThat(discord.identifies()).extracting(Identify::messageContent).containsExactly(false);
        assertThat(discord.commands()).extracting(c -> c.name())
                .contains("share", "mydata", "forgetme", "credit", "help", "ask", "summary");
        assertThat(discord.commands()).filteredOn(c -> c.name().equals("ask")).singleElement()
                .satisfies(c -> assertThat(c.defaultMemberPermissions()).isEqualTo("32"));
    }

    @Test
    @Order(2)
    void thePromptCarriesTheShareButtonAndARepliedAnswerArrivesBecauseItPingsTheBot() throws Exception {
        prompt = Long.parseLong(platform.postPrompt(chat, OutboundMessage.Post.plain("**What matters to you?**")));
        ann.post(general, "chatter the bot may not read");
        long reply = ann.reply(general, prompt, "time with friends");

        discord.waitUntil(() -> received.stream().anyMatch(e -> e instanceof InboundEvent.MessagePosted), PATIENCE);
        assertThat(received).singleElement().isInstanceOfSatisfying(InboundEvent.MessagePosted.class, posted -> {
            assertThat(posted.messageId()).isEqualTo(Long.toString(reply));
            assertThat(posted.replyTo()).isEqualTo(Long.toString(prompt));
            assertThat(posted.text()).isEqualTo("time with friends");
        });
        assertThat(discord.sentMessages(general).get(0).customIds()).containsExactly(ShareForm.BUTTON);
    }

    @Test
    @Order(3)
    void theFormsAnswerIsAShareAndItsNoteIsPrivateAndHarmless() {
        long click = ann.clickButton(general, prompt, ShareForm.BUTTON);
        discord.waitUntil(() -> !discord.interactionResponses(click).isEmpty(), PATIENCE);
        long submitted = ann.submitModal("cg-share-form:" + prompt, Map.of(ShareForm.ANSWER, "my own front door"));

        discord.waitUntil(() -> !discord.interactionResponses(submitted).isEmpty(), PATIENCE);
        assertThat(discord.interactionResponses(click).get(0).type()).isEqualTo(9);
        assertThat(received.get(received.size() - 1)).isInstanceOfSatisfying(InboundEvent.CommandIssued.class,
                shared -> assertThat(shared.args()).isEqualTo("my own front door"));
        var note = discord.interactionResponses(submitted).get(0);
        assertThat(note.ephemeral()).isTrue();
        assertThat(note.content()).isEqualTo("Noted, @everyone \\*now\\*");
        assertThat(note.data().path("allowed_mentions").path("parse")).isEmpty();
    }

    @Test
    @Order(4)
    void postsWaitForTheRouteLimitKeepTheirOrderAndMentionNobody() throws Exception {
        discord.rateLimits().limit(Route.CREATE_MESSAGE, 1, Duration.ofSeconds(1));
        for (String text : List.of("one @everyone", "two", "three")) {
            platform.postWithButtons(chat, new OutboundMessage.Post(text, TextFormat.MARKDOWN, null,
                    List.of(new Button("Yes", "y"))));
        }

        assertThat(discord.rateLimits().rateLimitedCount()).as("JDA waits for the bucket instead of hammering")
                .isLessThanOrEqualTo(1);
        assertThat(discord.history(general)).extracting(ChannelMessage::content).endsWith("one @everyone", "two",
                "three");
        assertThat(discord.sentMessages(general)).allSatisfy(m -> assertThat(m.allowedMentionTypes()).isEmpty())
                .extracting(SentMessage::content).contains("one @everyone");
        discord.rateLimits().limit(Route.CREATE_MESSAGE, 10_000, Duration.ofSeconds(1));
    }

    @Test
    @Order(5)
    void aMembersDirectChatIsTheirDmChannelWithTheBot() throws Exception {
        ChatRef direct = platform.directChat(new MemberRef("discord", Long.toString(ann.id()))).orElseThrow();
        platform.post(direct, OutboundMessage.Post.plain("Your session starts in ten minutes."));

        assertThat(direct.id()).isEqualTo(Long.toString(ann.directChannel().id()));
        assertThat(discord.history(ann.directChannel())).extracting(ChannelMessage::content)
                .containsExactly("Your session starts in ten minutes.");
    }

    @Test
    @Order(6)
    void aPictureGoesAsAPngFileUnderItsEscapedCaptionAndTooLargeANeverGoes() throws Exception {
        byte[] png = png();
        String id = platform.postPicture(chat, new OutboundMessage.Picture(png, "agenda.png",
                "Agenda · Spring \\*gathering\\* @everyone", TextFormat.MARKDOWN));

        ChannelMessage posted = discord.history(general).get(discord.history(general).size() - 1);
        assertThat(posted.id()).isEqualTo(Long.parseLong(id));
        assertThat(posted.content()).isEqualTo("Agenda · Spring \\*gathering\\* @everyone");
        assertThat(posted.attachments()).singleElement().satisfies(file -> {
            assertThat(file.filename()).isEqualTo("agenda.png");
            assertThat(file.png()).isTrue();
            assertThat(file.size()).isEqualTo(png.length);
        });
        assertThat(discord.sentMessages(general)).last().satisfies(m -> {
            assertThat(m.allowedMentions()).isNotNull();
            assertThat(m.allowedMentionTypes()).isEmpty();
        });
        int requests = discord.requests().size();
        DeliveryException tooLarge = catchThrowableOfType(DeliveryException.class, () -> platform.postPicture(chat,
                new OutboundMessage.Picture(new byte[10 * 1024 * 1024 + 1], "huge.png", "", TextFormat.MARKDOWN)));
        assertThat(tooLarge.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
        assertThat(discord.requests()).hasSize(requests);
    }

    @Test
    @Order(7)
    void repliesMadeWhileTheBotWasAwayAreFoundWhenItComesBack() {
        platform.stop();
        long missed = ann.reply(general, prompt, "said while the bot was away");
        rounds.create(1, List.of(chat), "What matters to you?", null, Instant.now(), null);
        long queued = outbox.enqueue(chat, OutboundMessage.Post.plain("What matters to you?"), Topic.round(1),
                Instant.now());
        outbox.markDelivered(queued, Long.toString(prompt), Instant.now());
        received.clear();

        platform = start();

        discord.waitUntil(() -> received.stream().anyMatch(e -> e instanceof InboundEvent.MessagePosted posted
                && posted.messageId().equals(Long.toString(missed))), PATIENCE);
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private DiscordChatPlatform start() {
        DiscordChatPlatform started = new DiscordChatPlatform(new DiscordSettings(discord.token(), discord.restUrl(),
                discord.gatewayUrl(), true, null), openPrompts, Clock.systemUTC());
        started.start(sink);
        return started;
    }
}
