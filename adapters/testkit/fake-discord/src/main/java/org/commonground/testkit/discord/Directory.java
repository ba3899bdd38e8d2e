package org.commonground.testkit.discord;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** Everything that exists in the fake Discord: the bot, users, guilds and channels. */
final class Directory {
    final Snowflakes ids;
    final UserState bot;
    /** Owns the application and the guilds; never simulated, so no simulated user has every permission. */
    final UserState owner;
    private final Map<Long, GuildState> guilds = new ConcurrentSkipListMap<>();
    private final Map<Long, ChannelState> channels = new ConcurrentHashMap<>();
    private final Map<Long, UserState> users = new ConcurrentHashMap<>();
    private final Map<Long, ChannelState> directChannels = new ConcurrentHashMap<>();

    Directory(Snowflakes ids, String botName) {
        this.ids = ids;
        this.bot = new UserState(ids.next(), botName, true);
        this.owner = new UserState(ids.next(), "owner", false);
        users.put(bot.id(), bot);
    }

    /** Modern bots share their id with their application. */
    long applicationId() {
        return bot.id();
    }

    GuildState newGuild(String name) {
        GuildState guild = new GuildState(ids.next(), name, owner.id(), ids.next());
        guild.add(new MemberState(bot, false, guild.id));
        guilds.put(guild.id, guild);
        return guild;
    }

    ChannelState newTextChannel(GuildState guild, String name) {
        ChannelState channel = new ChannelState(ids.next(), guild.id, name, guild.channels().size(), null);
        channels.put(channel.id, channel);
        guild.add(channel);
        return channel;
    }

    UserState newUser(String name) {
        UserState user = new UserState(ids.next(), name, false);
        users.put(user.id(), user);
        return user;
    }

    MemberState join(GuildState guild, UserState user, boolean organiser) {
        MemberState member = new MemberState(user, organiser, ids.next());
        guild.add(member);
        return member;
    }

    /** The DM channel between the bot and a user, opened on first use as Discord does. */
    ChannelState directChannel(UserState user) {
        return directChannels.computeIfAbsent(user.id(), id -> {
            ChannelState channel = new ChannelState(ids.next(), 0, null, 0, user);
            channels.put(channel.id, channel);
            return channel;
        });
    }

    Collection<GuildState> guilds() {
        return List.copyOf(guilds.values());
    }

    GuildState guild(long id) {
        return guilds.get(id);
    }

    ChannelState channel(long id) {
        return channels.get(id);
    }

    UserState user(long id) {
        return users.get(id);
    }
}
