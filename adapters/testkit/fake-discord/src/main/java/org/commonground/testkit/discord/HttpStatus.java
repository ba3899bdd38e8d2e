package org.commonground.testkit.discord;

import java.util.Map;

/** Reason phrases for the statuses the fake answers with. */
final class HttpStatus {
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"),
            Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));

    private HttpStatus() {
    }

    static String reason(int status) {
        return REASONS.getOrDefault(status, "Error");
    }
}
