package org.commonground.testkit.discord;

import static net.dv8tion.jda.api.interactions.commands.build.Commands.slash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The real JDA 6.5 against the fake, over a zlib-stream gateway. One bot serves every test, so JDA's
 * pause between sessions is paid once, by the last test, which forces a new IDENTIFY.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JdaBotTest {
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final ShareBot bot = new ShareBot();
    private FakeDiscord fake;
    private FakeGuild guild;
    private FakeChannel general;
    private Person alice;
    private JDA jda;

    @BeforeAll
    void connect() throws InterruptedException {
        fake = FakeDiscord.start();
        guild = fake.guild("Co-production Network");
        general = guild.textChannel("general");
        alice = guild.member("alice");
        jda = JdaBots.connect(fake, bot, Compression.ZLIB, List.of(GatewayIntent.GUILD_MESSAGES,
                GatewayIntent.DIRECT_MESSAGES, GatewayIntent.MESSAGE_CONTENT));
    }

    @AfterAll
    void disconnect() throws InterruptedException {
        MessageRequest.setDefaultMentions(EnumSet.allOf(Message.MentionType.class));
        JdaBots.shutdown(jda);
        fake.close();
    }

    @Test
    @Order(1)
    void jdaIsReadyWithTheGuildAndItsChannels() {
        assertThat(jda.getSelfUser().getIdLong()).isEqualTo(fake.botId());
        assertThat(jda.getSelfUser().getApplicationIdLong()).isEqualTo(fake.applicationId());
        assertThat(jda.retrieveApplicationInfo().complete().getIdLong()).isEqualTo(fake.applicationId());
        assertThat(jda.getGuildById(guild.id()).getName()).isEqualTo("Co-production Network");
        assertThat(channel(general).canTalk()).isTrue();
        assertThat(fake.identifies()).singleElement().extracting(Identify::messageContent).isEqualTo(true);
    }

    @Test
    @Order(2)
    void guildMessagesArriveWithTheirContent() throws InterruptedException {
        alice.post(general, "getting back to the football with my mates");

        bot.await("alice: getting back to the football with my mates");
    }

    @Test
    @Order(3)
    void theBodyShowsTheAllowedMentionsTheBotAskedFor() {
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        long asked = alice.post(general, "@everyone look");

        channel(general).sendMessage("hello @everyone").complete();
        channel(general).retrieveMessageById(asked).complete().reply("thanks").complete();

        List<SentMessage> sent = fake.sentMessages(general);
        assertThat(sent).extracting(SentMessage::content).endsWith("hello @everyone", "thanks");
        assertThat(sent.get(sent.size() - 2).allowedMentions()).isNotNull();
        assertThat(sent.get(sent.size() - 2).allowedMentionTypes()).isEmpty();
        assertThat(sent.get(sent.size() - 1).replyTo()).isEqualTo(asked);
    }

    @Test
    @Order(4)
    void jdaRefusesTwoThousandAndOneCharactersBeforeSending() {
        assertThatThrownBy(() -> channel(general).sendMessage("x".repeat(2001)).complete())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Order(5)
    void aRouteLimitedSendIsRetriedByJda() {
        FakeChannel limited = guild.textChannel("limited");
        fake.waitUntil(() -> jda.getTextChannelById(limited.id()) != null, PATIENCE);
        fake.rateLimits().limit(Route.CREATE_MESSAGE, 1, Duration.ofSeconds(1));
        new RawHttp(fake).call("POST", "channels/" + limited.id() + "/messages", "{\"content\":\"first\"}");

        channel(limited).sendMessage("second").complete();

        assertThat(fake.rateLimits().rateLimitedCount()).isEqualTo(1);
        assertThat(fake.history(limited)).extracting(ChannelMessage::content).containsExactly("first", "second");
    }

    @Test
    @Order(6)
    void aBadGatewayIsRetriedByJda() {
        long id = alice.post(general, "stored safely");
        fake.rateLimits().failNext(Route.GET_MESSAGE, 1, 502);

        assertThat(channel(general).retrieveMessageById(id).complete().getContentRaw()).isEqualTo("stored safely");
        assertThat(fake.requests()).extracting(RecordedCall::status).containsSequence(502, 200);
    }

    @Test
    @Order(7)
    void aSlashCommandIsAnsweredPrivately() {
        jda.updateCommands().addCommands(
                slash("share", "Share a reply").addOption(OptionType.STRING, ShareBot.INPUT, "Your reply", true),
                slash("round", "Open a round").setDefaultPermissions(
                        DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))).complete();

        long id = alice.slashCommand(general, "share", Map.of(ShareBot.INPUT, "more buses"));

        fake.waitUntil(() -> !fake.interactionResponses(id).isEmpty(), PATIENCE);
        InteractionResponse response = fake.interactionResponses(id).get(0);
        assertThat(response.type()).isEqualTo(4);
        assertThat(response.ephemeral()).isTrue();
        assertThat(response.content()).isEqualTo("Thanks for sharing: more buses");
        assertThat(fake.commands()).filteredOn(command -> command.name().equals("round"))
                .extracting(RegisteredCommand::defaultMemberPermissions).containsExactly("32");
    }

    @Test
    @Order(8)
    void aButtonOpensAModalWhoseSubmissionIsAnswered() {
        long card = channel(general).sendMessage("Share your reply")
                .addComponents(ActionRow.of(Button.primary(ShareBot.BUTTON, "Share"))).complete().getIdLong();

        long click = alice.clickButton(general, card, ShareBot.BUTTON);
        fake.waitUntil(() -> !fake.interactionResponses(click).isEmpty(), PATIENCE);
        long submit = alice.submitModal(ShareBot.MODAL, Map.of(ShareBot.INPUT, "a stall at the summer fair"));
        fake.waitUntil(() -> !fake.interactionResponses(submit).isEmpty(), PATIENCE);

        assertThat(fake.interactionResponses(click).get(0).type()).isEqualTo(9);
        assertThat(fake.interactionResponses(click).get(0).customId()).isEqualTo(ShareBot.MODAL);
        assertThat(fake.interactionResponses(submit).get(0).content()).isEqualTo("Noted: a stall at the summer fair");
    }

    @Test
    @Order(9)
    void aFileSentByJdaIsTakenFromItsMultipartBody() throws Exception {
        byte[] png = RestUploadsTest.png(64, 48);
        Message sent = channel(general).sendMessage("The agenda @everyone")
                .addFiles(FileUpload.fromData(png, "agenda.png")).complete();

        assertThat(sent.getAttachments()).singleElement().satisfies(a -> {
            assertThat(a.getFileName()).isEqualTo("agenda.png");
            assertThat(a.getContentType()).isEqualTo("image/png");
            assertThat(a.getSize()).isEqualTo(png.length);
            assertThat(a.getWidth()).isEqualTo(64);
        });
        assertThat(fake.sentMessages(general)).last().satisfies(m -> {
            assertThat(m.content()).isEqualTo("The agenda @everyone");
            assertThat(m.attachments()).extracting(Attachment::filename).containsExactly("agenda.png");
            assertThat(m.allowedMentionTypes()).isEmpty();
        });
        assertThat(fake.requests()).last().satisfies(call -> {
            assertThat(call.body()).contains("name=\"payload_json\"", "name=\"files[0]\"");
            assertThat(call.payload()).contains("\"allowed_mentions\"", "\"attachments\"");
        });
    }

    @Test
    @Order(10)
    void historyPagesThroughJda() {
        FakeChannel archive = guild.textChannel("archive");
        fake.waitUntil(() -> jda.getTextChannelById(archive.id()) != null, PATIENCE);
        List<Long> ids = List.of(alice.post(archive, "one"), alice.post(archive, "two"), alice.post(archive, "three"),
                alice.post(archive, "four"), alice.post(archive, "five"));
        TextChannel channel = channel(archive);

        assertThat(contents(channel.getHistoryBefore(ids.get(4), 2).complete().getRetrievedHistory()))
                .containsExactly("four", "three");
        assertThat(contents(channel.getHistoryAfter(ids.get(0), 2).complete().getRetrievedHistory()))
                .containsExactly("three", "two");
        assertThat(contents(channel.getHistoryAround(ids.get(2), 3).complete().getRetrievedHistory()))
                .containsExactly("four", "three", "two");
    }

    @Test
    @Order(11)
    void reconnectResumesAndReplaysWhatWasMissed() throws InterruptedException {
        fake.sendReconnect();
        alice.post(general, "said while the bot was away");

        bot.await("alice: said while the bot was away");
        fake.waitUntil(() -> fake.resumes() == 1, PATIENCE);
        assertThat(fake.identifies()).hasSize(1);
    }

    @Test
    @Order(12)
    void aDroppedConnectionIsResumed() throws InterruptedException {
        fake.dropConnections();
        alice.post(general, "said during the outage");

        bot.await("alice: said during the outage");
        fake.waitUntil(() -> fake.resumes() == 2, PATIENCE);
    }

    @Test
    @Order(13)
    void anInvalidSessionForcesANewIdentify() throws InterruptedException {
        fake.invalidateSession(false);
        fake.waitUntil(() -> fake.identifies().size() == 2, PATIENCE);
        fake.waitUntil(() -> jda.getStatus() == JDA.Status.CONNECTED && jda.getGuildById(guild.id()) != null, PATIENCE);

        alice.post(general, "welcome back");

        bot.await("alice: welcome back");
    }

    private TextChannel channel(FakeChannel channel) {
        return jda.getTextChannelById(channel.id());
    }

    private static List<String> contents(List<Message> messages) {
        return messages.stream().map(Message::getContentRaw).collect(Collectors.toList());
    }
}
