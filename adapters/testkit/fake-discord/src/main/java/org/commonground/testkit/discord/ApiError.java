package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A Discord JSON error, {"message": …, "code": …}, thrown from a handler and sent as the reply. */
final class ApiError extends RuntimeException {
    private final int status;
    private final ObjectNode body;

    private ApiError(int status, ObjectNode body) {
        super(body.path("message").asText(), null, false, false);
        this.status = status;
        this.body = body;
    }

    static ApiError of(int status, int code, String message) {
        return new ApiError(status, Json.object().put("message", message).put("code", code));
    }

    /** Code 0 with the HTTP status in the message, as Discord words generic failures: "404: Not Found". */
    static ApiError http(int status) {
        return of(status, 0, status + ": " + HttpStatus.reason(status));
    }

    /** 50035 Invalid Form Body with one field error; {@code path} may be dotted ("data.content"). */
    static ApiError invalidForm(String path, String errorCode, String message) {
        ObjectNode errors = Json.object();
        ObjectNode field = errors;
        for (String name : path.split("\\.")) {
            field = field.putObject(name);
        }
        field.putArray("_errors").addObject().put("code", errorCode).put("message", message);
        ObjectNode body = Json.object().put("message", "Invalid Form Body").put("code", 50035);
        body.set("errors", errors);
        return new ApiError(400, body);
    }

    static ApiError unknownChannel() {
        return of(404, 10003, "Unknown Channel");
    }

    static ApiError unknownMessage() {
        return of(404, 10008, "Unknown Message");
    }

    RestReply reply() {
        return new RestReply(status, body.toString());
    }
}
