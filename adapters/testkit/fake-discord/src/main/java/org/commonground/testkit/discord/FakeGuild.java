package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;

/**
 * A guild of the fake Discord. Channels and members added after the bot connected are announced to it
 * (CHANNEL_CREATE, GUILD_MEMBER_ADD), as they would be on Discord.
 */
public final class FakeGuild {
    private final GuildState state;
    private final Directory directory;
    private final Gateway gateway;
    private final Function<UserState, Person> people;

    FakeGuild(GuildState state, Directory directory, Gateway gateway, Function<UserState, Person> people) {
        this.state = state;
        this.directory = directory;
        this.gateway = gateway;
        this.people = people;
    }

    public long id() {
        return state.id;
    }

    public String name() {
        return state.name;
    }

    /** A text channel where everyone, the bot included, may read, write and react. */
    public FakeChannel textChannel(String name) {
        ChannelState channel = directory.newTextChannel(state, name);
        gateway.publish(Dispatch.of("CHANNEL_CREATE", state.id, Intents.GUILDS, EntityJson.channel(channel)));
        return new FakeChannel(channel);
    }

    /** A member without the Manage Server permission. */
    public Person member(String name) {
        return join(name, false);
    }

    /** A member with the Manage Server permission, such as a convenor. */
    public Person organiser(String name) {
        return join(name, true);
    }

    private Person join(String name, boolean organiser) {
        UserState user = directory.newUser(name);
        ObjectNode member = EntityJson.member(state, directory.join(state, user, organiser));
        member.put("guild_id", Json.id(state.id));
        gateway.publish(Dispatch.of("GUILD_MEMBER_ADD", state.id, Intents.GUILD_MEMBERS, member));
        return people.apply(user);
    }

    @Override
    public String toString() {
        return state.name;
    }
}
