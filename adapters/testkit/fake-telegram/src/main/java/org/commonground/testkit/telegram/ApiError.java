package org.commonground.testkit.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A refusal in the Bot API's own words: the HTTP status, the {@code description} and the optional
 * {@code parameters} of {@code {"ok":false,...}}. Thrown from anywhere while a request is served.
 */
final class ApiError extends RuntimeException {

    static final String NOT_MODIFIED = "message is not modified: specified new message content and reply markup"
            + " are exactly the same as a current content and reply markup of the message";

    private final int status;
    private final ObjectNode parameters;

    private ApiError(int status, String description, ObjectNode parameters) {
        super(description, null, false, false);
        this.status = status;
        this.parameters = parameters;
    }

    static ApiError of(int status, String description) {
        return new ApiError(status, description, null);
    }

    static ApiError badRequest(String reason) {
        return of(400, "Bad Request: " + reason);
    }

    static ApiError forbidden(String reason) {
        return of(403, "Forbidden: " + reason);
    }

    static ApiError tooManyRequests(int retryAfterSeconds) {
        ObjectNode parameters = Json.object().put("retry_after", retryAfterSeconds);
        return new ApiError(429, "Too Many Requests: retry after " + retryAfterSeconds, parameters);
    }

    static ApiError migrated(long supergroupId) {
        ObjectNode parameters = Json.object().put("migrate_to_chat_id", supergroupId);
        return new ApiError(400, "Bad Request: group chat was upgraded to a supergroup chat", parameters);
    }

    int status() {
        return status;
    }

    ObjectNode body() {
        ObjectNode body = Json.object().put("ok", false).put("error_code", status).put("description", getMessage());
        if (parameters != null) {
            body.set("parameters", parameters);
        }
        return body;
    }
}
