package org.commonground.testkit.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.Compression;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A JDA bot without the privileged MESSAGE_CONTENT intent, on an uncompressed gateway. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdaWithoutMessageContentTest {
    private final JdaBots.Inbox inbox = new JdaBots.Inbox();
    private FakeDiscord fake;
    private FakeChannel general;
    private Person alice;
    private JDA jda;

    @BeforeAll
    void connect() throws InterruptedException {
        fake = FakeDiscord.builder().token("another-token").botName("Convenor Bot").start();
        FakeGuild guild = fake.guild("Network");
        general = guild.textChannel("general");
        alice = guild.member("alice");
        jda = JdaBots.connect(fake, inbox, Compression.NONE,
                List.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES));
    }

    @AfterAll
    void disconnect() throws InterruptedException {
        JdaBots.shutdown(jda);
        fake.close();
    }

    @Test
    void guildMessagesArriveWithoutContentUnlessTheyMentionTheBot() throws InterruptedException {
        alice.post(general, "what matters to me");
        alice.mentionBot(general, "here is my idea");

        inbox.await("alice: ");
        inbox.await("alice: <@" + fake.botId() + "> here is my idea");
        assertThat(fake.identifies()).singleElement().extracting(Identify::messageContent).isEqualTo(false);
    }

    @Test
    void directMessagesKeepTheirContentEvenFromPeopleInNoGuild() throws InterruptedException {
        Person dora = fake.user("dora");

        alice.post(alice.directChannel(), "a private thought");
        dora.post(dora.directChannel(), "hello from outside");

        inbox.await("alice: a private thought");
        inbox.await("dora: hello from outside");
        assertThat(dora.directChannel().direct()).isTrue();
        assertThat(jda.getSelfUser().getName()).isEqualTo("Convenor Bot");
    }
}
