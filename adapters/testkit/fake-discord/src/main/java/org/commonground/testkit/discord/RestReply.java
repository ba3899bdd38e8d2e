package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;

/** A REST answer before headers: a status and a JSON body, or no body (204). */
record RestReply(int status, String body) {

    static RestReply ok(JsonNode body) {
        return new RestReply(200, body.toString());
    }

    static RestReply created(JsonNode body) {
        return new RestReply(201, body.toString());
    }

    static RestReply noContent() {
        return new RestReply(204, null);
    }
}
