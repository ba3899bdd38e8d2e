package org.commonground.testkit.discord;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A guild: its channels, its members and two roles, @everyone and the organisers. */
final class GuildState {
    final long id;
    final String name;
    final long ownerId;
    final long organiserRoleId;
    private final List<ChannelState> channels = new CopyOnWriteArrayList<>();
    private final Map<Long, MemberState> members = new ConcurrentHashMap<>();

    GuildState(long id, String name, long ownerId, long organiserRoleId) {
        this.id = id;
        this.name = name;
        this.ownerId = ownerId;
        this.organiserRoleId = organiserRoleId;
    }

    void add(ChannelState channel) {
        channels.add(channel);
    }

    void add(MemberState member) {
        members.put(member.user().id(), member);
    }

    List<ChannelState> channels() {
        return List.copyOf(channels);
    }

    Collection<MemberState> members() {
        return List.copyOf(members.values());
    }

    MemberState member(long userId) {
        return members.get(userId);
    }

    long permissionsOf(long userId) {
        MemberState member = members.get(userId);
        return Permissions.EVERYONE | (member != null && member.organiser() ? Permissions.MANAGE_GUILD : 0);
    }
}
