package org.commonground.testkit.discord;

/** One IDENTIFY the gateway accepted: the session it started, with the intents and shard asked for. */
public record Identify(String sessionId, int intents, int shard, int shardCount) {

    /** Whether the client asked for the privileged MESSAGE_CONTENT intent (1 << 15). */
    public boolean messageContent() {
        return (intents & Intents.MESSAGE_CONTENT) != 0;
    }
}
