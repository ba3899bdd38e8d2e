package org.commonground.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.commonground.core.domain.MemberRef;
import org.commonground.testkit.discord.ChannelMessage;
import org.commonground.testkit.discord.FakeChannel;
import org.commonground.testkit.discord.FakeDiscord;
import org.commonground.testkit.discord.FakeGuild;
import org.commonground.testkit.discord.InteractionResponse;
import org.commonground.testkit.discord.Person;
import org.commonground.testkit.discord.SentMessage;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A fake Discord with one server, one channel the gathering meets in, a convenor and its people. */
final class DiscordGathering {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    final FakeDiscord fake = FakeDiscord.start();
    final FakeGuild guild = fake.guild("Care Network");
    final FakeChannel channel = guild.textChannel("gathering");
    final Person convenor = guild.organiser("convenor");
    final List<Person> people = new ArrayList<>();

    DiscordGathering(int size) {
        for (int i = 1; i <= size; i++) {
            people.add(guild.member("person" + i));
        }
    }

    /** Points the application's Discord settings at the fake. */
    void register(DynamicPropertyRegistry properties) {
        properties.add("commonground.discord.token", fake::token);
        properties.add("commonground.discord.rest-url", fake::restUrl);
        properties.add("commonground.discord.gateway-url", fake::gatewayUrl);
    }

    /** The channel as the convenor writes it: {@code discord:<channel id>}. */
    String ref() {
        return "discord:" + channel.id();
    }

    MemberRef member(Person person) {
        return new MemberRef("discord", Long.toString(person.id()));
    }

    /** The bot's first answer to the interaction, once it has come. */
    InteractionResponse answered(long interaction) {
        fake.waitUntil(() -> !fake.interactionResponses(interaction).isEmpty(), PATIENCE);
        return fake.interactionResponses(interaction).get(0);
    }

    /** A message of the channel as it is now, after any edits. */
    ChannelMessage message(long id) {
        return fake.history(channel).stream().filter(m -> m.id() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no message " + id + " in " + channel));
    }

    /** A message the bot sent, as it sent it. */
    SentMessage sent(long id) {
        return fake.sentMessages().stream().filter(m -> m.messageId() == id).findFirst()
                .orElseThrow(() -> new AssertionError("the bot sent no message " + id));
    }
}
