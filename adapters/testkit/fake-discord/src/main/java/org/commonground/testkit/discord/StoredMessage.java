package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A message as stored in a channel: kept as its JSON text, which is compact and immutable. */
record StoredMessage(long id, long authorId, String json) {

    static StoredMessage of(ObjectNode message) {
        return new StoredMessage(Json.idOf(message.get("id")), Json.idOf(message.path("author").get("id")),
                message.toString());
    }

    /** A fresh, mutable copy of the message object. */
    ObjectNode tree() {
        return Json.parseObject(json);
    }
}
