package org.commonground.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.commonground.testkit.discord.FakeChannel;
import org.commonground.testkit.discord.FakeDiscord;
import org.commonground.testkit.discord.FakeGuild;
import org.commonground.testkit.discord.Person;
import org.commonground.testkit.discord.SentMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Discord steps tried as a new user would, with the fake standing in for Discord: the
 * token in the environment, {@code serve}, a round opened by a one-off command for the channel's id,
 * answers through the Share form and a reply, and the summary posted by another one-off command.
 */
class DiscordProcessIT {

    static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path dir;
    final FakeDiscord discord = FakeDiscord.start();
    final FakeGuild guild = discord.guild("Care Network");
    final FakeChannel general = guild.textChannel("general");

    @AfterEach
    void stopTheFake() {
        discord.close();
    }

    @Test
    void theReadmesStepsRunARoundInAChannel() throws Exception {
        Person amara = guild.member("amara");
        Person bill = guild.member("bill");
        try (PackagedBot packaged = new PackagedBot(dir, Map.of("COMMONGROUND_DISCORD_TOKEN", discord.token(),
                "COMMONGROUND_DISCORD_REST_URL", discord.restUrl(),
                "COMMONGROUND_DISCORD_GATEWAY_URL", discord.gatewayUrl()))) {
            packaged.serve("bot.log");
            packaged.awaitLog("bot.log", "Connected to discord", PATIENCE);

            PackagedBot.Command opened = packaged.run("round", "open", "--chat", "discord:" + general.id(),
                    "--prompt", "What matters to you?", "--category", "vision");
            assertThat(opened.status()).as(opened.err()).isZero();
            discord.waitUntil(() -> promptShown() && delivered(packaged), PATIENCE);
            long prompt = discord.sentMessages(general).get(0).messageId();

            long click = amara.clickButton(general, prompt, "cg-share");
            discord.waitUntil(() -> !discord.interactionResponses(click).isEmpty(), PATIENCE);
            amara.submitModal("cg-share-form:" + prompt, Map.of("answer", "a key to my own front door"));
            bill.reply(general, prompt, "getting to the football with my mates @everyone");
            discord.waitUntil(() -> contributions(packaged).contains("front door")
                    && contributions(packaged).contains("football"), PATIENCE);

            assertThat(packaged.run("summary", "post", "1").status()).isZero();
            discord.waitUntil(() -> discord.sentMessages(general).stream()
                    .anyMatch(m -> m.content().contains("2 replies from 2 people")), PATIENCE);
        }
        assertThat(discord.sentMessages(general)).extracting(SentMessage::content)
                .anyMatch(text -> text.contains("@\u200Beveryone"));
        DiscordWire.everyMessageMentionsNobodyAndFitsDiscord(discord);
    }

    private boolean promptShown() {
        return discord.sentMessages(general).stream().anyMatch(m -> m.customIds().contains("cg-share"));
    }

    /** Whether the bot has recorded the prompt as delivered: people reply to what they see, and they see it then. */
    private static boolean delivered(PackagedBot packaged) {
        return call(packaged, "status").contains("0 waiting to be sent");
    }

    private static String contributions(PackagedBot packaged) {
        return call(packaged, "contributions", "1");
    }

    private static String call(PackagedBot packaged, String... args) {
        try {
            return packaged.run(args).out();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
