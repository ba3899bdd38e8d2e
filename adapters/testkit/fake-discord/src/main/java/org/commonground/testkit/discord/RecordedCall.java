package org.commonground.testkit.discord;

/**
 * One HTTP request the fake received, with the status it answered. {@code target} is path and query;
 * {@code body} the body as text; {@code payload} the JSON it carried: the body itself, or the
 * {@code payload_json} part of a multipart upload; null when it carried none or could not be read.
 */
public record RecordedCall(String method, String target, String body, int status, String payload) {
}
