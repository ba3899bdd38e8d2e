package org.commonground.testkit.discord;

/** A guild text channel or a DM channel between a person and the bot. */
public final class FakeChannel {
    final ChannelState state;

    FakeChannel(ChannelState state) {
        this.state = state;
    }

    public long id() {
        return state.id;
    }

    /** The channel's name; null for a DM channel. */
    public String name() {
        return state.name;
    }

    /** The guild's id; 0 for a DM channel. */
    public long guildId() {
        return state.guildId;
    }

    public boolean direct() {
        return state.direct();
    }

    @Override
    public String toString() {
        return direct() ? "DM with " + state.recipient.name() : "#" + state.name;
    }
}
