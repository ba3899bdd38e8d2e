package org.commonground.testkit.discord;

/** One HTTP request the fake received, with the status it answered. {@code target} is path and query. */
public record RecordedCall(String method, String target, String body, int status) {
}
