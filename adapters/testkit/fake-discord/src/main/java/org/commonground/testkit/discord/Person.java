package org.commonground.testkit.discord;

import java.util.Map;

/**
 * A simulated Discord user. Everything a person does reaches the bot as gateway events, and every
 * message lands in the channel's history. Methods that create something return its id.
 */
public final class Person {
    private final UserState user;
    private final Directory directory;
    private final Community community;
    private final PersonInteractions interactions;

    Person(UserState user, Directory directory, Community community, PersonInteractions interactions) {
        this.user = user;
        this.directory = directory;
        this.community = community;
        this.interactions = interactions;
    }

    public long id() {
        return user.id();
    }

    public String name() {
        return user.name();
    }

    /** The person's DM channel with the bot. */
    public FakeChannel directChannel() {
        return new FakeChannel(directory.directChannel(user));
    }

    public long post(FakeChannel channel, String content) {
        return community.post(user, channel.state, content, 0);
    }

    /** Replies to a message; like Discord's client, the reply mentions the replied-to author. */
    public long reply(FakeChannel channel, long messageId, String content) {
        return community.post(user, channel.state, content, messageId);
    }

    /** Posts "&lt;@bot&gt; content", which the bot sees even without the MESSAGE_CONTENT intent. */
    public long mentionBot(FakeChannel channel, String content) {
        return community.post(user, channel.state, "<@" + directory.bot.id() + "> " + content, 0);
    }

    public void edit(FakeChannel channel, long messageId, String content) {
        community.edit(user, channel.state, messageId, content);
    }

    public void delete(FakeChannel channel, long messageId) {
        community.delete(user, channel.state, messageId);
    }

    /**
     * Runs a slash command the bot registered, with option values typed by its registration
     * (String, Number or Boolean). Returns the interaction's id.
     */
    public long slashCommand(FakeChannel channel, String name, Map<String, ?> options) {
        return interactions.slashCommand(user, channel.state, name, options);
    }

    /** Clicks a button on one of the bot's messages. Returns the interaction's id. */
    public long clickButton(FakeChannel channel, long messageId, String customId) {
        return interactions.clickButton(user, channel.state, messageId, customId);
    }

    /** Submits the modal the bot last showed this person, values keyed by text input custom_id. */
    public long submitModal(String customId, Map<String, String> values) {
        return interactions.submitModal(user, customId, values);
    }

    @Override
    public String toString() {
        return user.name();
    }
}
