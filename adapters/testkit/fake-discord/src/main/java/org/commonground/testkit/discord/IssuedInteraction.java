package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An interaction the fake dispatched on a person's behalf, and what the bot has done with it so far. */
final class IssuedInteraction {
    static final int APPLICATION_COMMAND = 2;
    static final int MESSAGE_COMPONENT = 3;
    static final int MODAL_SUBMIT = 5;

    final long id;
    final String token;
    final int type;
    final UserState user;
    final ChannelState channel;
    /** The slash command's name; null for other interactions. */
    final String commandName;
    /** The message whose component was used, or the one a modal was opened from; 0 when none. */
    final long sourceMessageId;
    private boolean acknowledged;
    private long originalMessageId;
    private ObjectNode modal;

    IssuedInteraction(long id, String token, int type, UserState user, ChannelState channel, String commandName,
            long sourceMessageId) {
        this.id = id;
        this.token = token;
        this.type = type;
        this.user = user;
        this.channel = channel;
        this.commandName = commandName;
        this.sourceMessageId = sourceMessageId;
    }

    /** True the first time only: an interaction is answered by exactly one callback. */
    synchronized boolean acknowledge() {
        boolean first = !acknowledged;
        acknowledged = true;
        return first;
    }

    synchronized long originalMessageId() {
        return originalMessageId;
    }

    synchronized void originalMessageId(long messageId) {
        originalMessageId = messageId;
    }

    synchronized ObjectNode modal() {
        return modal;
    }

    synchronized void modal(ObjectNode shown) {
        modal = shown;
    }

    /** Who installed the app for this interaction: the guild, or "0" in a DM with the bot. */
    ObjectNode authorizingOwners() {
        return Json.object().put("0", channel.direct() ? "0" : Json.id(channel.guildId));
    }
}
