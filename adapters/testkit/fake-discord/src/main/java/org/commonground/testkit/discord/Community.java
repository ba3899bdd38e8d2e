package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What simulated people do with messages: post, reply, edit, delete. Each change reaches the gateway. */
final class Community {
    private final Directory directory;
    private final MessageEvents events;
    private final Gateway gateway;

    Community(Directory directory, MessageEvents events, Gateway gateway) {
        this.directory = directory;
        this.events = events;
        this.gateway = gateway;
    }

    /** Posts a message, as a reply when {@code replyTo} is not 0. A reply pings its author, as Discord's default is. */
    long post(UserState author, ChannelState channel, String content, long replyTo) {
        MemberState member = requireAccess(author, channel);
        long id = directory.ids.next();
        ObjectNode message = MessageJson.message(id, channel, author, content);
        if (member != null) {
            MessageJson.addMember(message, directory.guild(channel.guildId), member);
        }
        MessageJson.mentionUsers(message, directory, user -> true);
        if (replyTo != 0) {
            StoredMessage target = existing(channel, replyTo);
            MessageJson.replyTo(message, channel, target);
            MessageJson.addMention(message, directory.user(target.authorId()));
        }
        channel.store(StoredMessage.of(message));
        events.created(channel, message);
        gateway.awaitBacklog();
        return id;
    }

    void edit(UserState author, ChannelState channel, long messageId, String content) {
        ObjectNode message = own(author, channel, messageId).tree();
        long repliedAuthor = Json.idOf(message.path("referenced_message").path("author").get("id"));
        boolean repliedPinged = repliedAuthor != 0 && MessageJson.mentions(message, repliedAuthor);
        message.put("content", content).put("edited_timestamp", Snowflakes.now());
        MessageJson.mentionUsers(message, directory, user -> true);
        if (repliedPinged) {
            MessageJson.addMention(message, directory.user(repliedAuthor));
        }
        channel.store(StoredMessage.of(message));
        events.updated(channel, message);
        gateway.awaitBacklog();
    }

    void delete(UserState author, ChannelState channel, long messageId) {
        own(author, channel, messageId);
        channel.remove(messageId);
        events.deleted(channel, messageId);
        gateway.awaitBacklog();
    }

    /** The member in a guild channel, null in the user's own DM; refuses anywhere else. */
    MemberState requireAccess(UserState user, ChannelState channel) {
        if (channel.direct()) {
            if (channel.recipient.id() != user.id()) {
                throw new IllegalArgumentException(user.name() + " is not in that DM");
            }
            return null;
        }
        MemberState member = directory.guild(channel.guildId).member(user.id());
        if (member == null) {
            throw new IllegalArgumentException(user.name() + " is not a member of the guild of #" + channel.name);
        }
        return member;
    }

    private StoredMessage own(UserState author, ChannelState channel, long messageId) {
        requireAccess(author, channel);
        StoredMessage message = existing(channel, messageId);
        if (message.authorId() != author.id()) {
            throw new IllegalArgumentException(author.name() + " did not write message " + messageId);
        }
        return message;
    }

    private static StoredMessage existing(ChannelState channel, long messageId) {
        StoredMessage message = channel.message(messageId);
        if (message == null) {
            throw new IllegalArgumentException("no message " + messageId + " in channel " + channel.id);
        }
        return message;
    }
}
