package org.commonground.testkit.telegram;

/**
 * Telegram's flood limits on sendMessage, which it does not publish as hard numbers: about one
 * message a second per chat (with short bursts), twenty a minute per group, thirty a second in all.
 * A limit of 0 is no limit.
 *
 * @param chatBurst        messages a chat takes at once before its per-second pace applies
 * @param chatPerSecond    the steady pace per chat
 * @param groupPerMinute   messages per minute into one group or supergroup
 * @param overallPerSecond messages per second into all chats together
 */
public record Pacing(int chatBurst, double chatPerSecond, int groupPerMinute, int overallPerSecond) {

    public static Pacing telegram() {
        return new Pacing(3, 1, 20, 30);
    }

    public static Pacing unlimited() {
        return new Pacing(0, 0, 0, 0);
    }
}
