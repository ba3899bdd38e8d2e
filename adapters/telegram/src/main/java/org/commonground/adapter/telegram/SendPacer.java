package org.commonground.adapter.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the bot within Telegram's flood limits, which Telegram gives only as guidance: about one
 * message a second in a chat, twenty a minute in a group, thirty a second in all. Reactions, edits
 * and answers to button taps count towards the overall limit only. A small margin absorbs the time
 * a request takes to reach the server.
 */
final class SendPacer {

    private static final long MARGIN_MILLIS = 100;
    private static final int CHATS_KEPT = 10_000;

    private final Clock clock;
    private final SlidingWindow overall = new SlidingWindow(30, 1000 + MARGIN_MILLIS);
    private final Map<Long, SlidingWindow> chats = new HashMap<>();
    private final Map<Long, SlidingWindow> groups = new HashMap<>();

    SendPacer(Clock clock) {
        this.clock = clock;
    }

    /** Takes a slot for a new message in the chat, or says how long to wait; nothing is taken then. */
    synchronized Duration message(long chatId) {
        long now = clock.millis();
        List<SlidingWindow> limits = new ArrayList<>(3);
        limits.add(overall);
        limits.add(window(chats, chatId, 1, 1000 + MARGIN_MILLIS, now));
        if (chatId < 0) {
            limits.add(window(groups, chatId, 20, 60_000 + MARGIN_MILLIS, now));
        }
        return take(limits, now);
    }

    /** Takes a slot for any other call, or says how long to wait. */
    synchronized Duration call() {
        return take(List.of(overall), clock.millis());
    }

    private static Duration take(List<SlidingWindow> limits, long now) {
        long wait = 0;
        for (SlidingWindow limit : limits) {
            wait = Math.max(wait, limit.waitMillis(now));
        }
        if (wait > 0) {
            return Duration.ofMillis(wait);
        }
        limits.forEach(limit -> limit.record(now));
        return Duration.ZERO;
    }

    private static SlidingWindow window(Map<Long, SlidingWindow> windows, long chatId, int limit, long millis,
                                        long now) {
        if (windows.size() >= CHATS_KEPT) {
            windows.values().removeIf(window -> window.idle(now));
        }
        return windows.computeIfAbsent(chatId, id -> new SlidingWindow(limit, millis));
    }
}
