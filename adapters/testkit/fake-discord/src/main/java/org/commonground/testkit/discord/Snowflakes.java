package org.commonground.testkit.discord;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

/** Discord ids: milliseconds since 2015 in the high bits, so ids grow with time and sort by it. */
final class Snowflakes {
    static final long DISCORD_EPOCH = 1420070400000L;
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

    private final AtomicLong last = new AtomicLong();

    /** A new id, strictly greater than every id handed out before. */
    long next() {
        long stamp = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
        return last.accumulateAndGet(stamp, (previous, now) -> Math.max(previous + 1, now));
    }

    /** The creation time encoded in an id, in the ISO 8601 form Discord uses. */
    static String timestamp(long id) {
        return ISO.format(Instant.ofEpochMilli((id >>> 22) + DISCORD_EPOCH));
    }

    static String now() {
        return ISO.format(Instant.now());
    }
}
