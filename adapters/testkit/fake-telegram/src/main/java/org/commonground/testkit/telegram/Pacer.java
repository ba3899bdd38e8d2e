package org.commonground.testkit.telegram;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Enforces a {@link Pacing} on sendMessage. A message over any limit is refused with 429 and the
 * whole seconds until it would pass, and takes no token from the other limits.
 */
final class Pacer {

    private final Pacing pacing;
    private final Clock clock;
    private final Map<Long, TokenBucket> chats = new HashMap<>();
    private final Map<Long, TokenBucket> groups = new HashMap<>();
    private TokenBucket overall;

    Pacer(Pacing pacing, Clock clock) {
        this.pacing = pacing;
        this.clock = clock;
    }

    synchronized void admit(long chatId, boolean group) {
        long now = clock.millis();
        List<TokenBucket> limits = new ArrayList<>();
        if (pacing.chatPerSecond() > 0) {
            limits.add(chats.computeIfAbsent(chatId,
                    id -> new TokenBucket(Math.max(1, pacing.chatBurst()), pacing.chatPerSecond(), now)));
        }
        if (group && pacing.groupPerMinute() > 0) {
            limits.add(groups.computeIfAbsent(chatId,
                    id -> new TokenBucket(pacing.groupPerMinute(), pacing.groupPerMinute() / 60.0, now)));
        }
        if (pacing.overallPerSecond() > 0) {
            if (overall == null) {
                overall = new TokenBucket(pacing.overallPerSecond(), pacing.overallPerSecond(), now);
            }
            limits.add(overall);
        }
        long wait = 0;
        for (TokenBucket limit : limits) {
            wait = Math.max(wait, limit.millisUntilToken(now));
        }
        if (wait > 0) {
            throw ApiError.tooManyRequests((int) Math.max(1, (wait + 999) / 1000));
        }
        limits.forEach(TokenBucket::take);
    }
}
