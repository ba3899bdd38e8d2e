package org.commonground.testkit.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Everything the fake knows about one chat. Guarded by the {@link World}'s monitor, like all state. */
final class ChatState {

    final long id;
    final ChatType type;
    final String title;
    boolean botAdmin;
    /** A private chat only opens once its person has written to the bot. */
    boolean started;
    boolean blocked;
    Long migratedTo;

    private final ObjectNode json;
    private final Map<Long, String> statuses = new HashMap<>();
    private final Map<Integer, StoredMessage> messages = new HashMap<>();
    private int lastMessageId;

    ChatState(long id, ChatType type, String title, ObjectNode json) {
        this.id = id;
        this.type = type;
        this.title = title;
        this.json = json;
    }

    boolean isGroup() {
        return type != ChatType.PRIVATE;
    }

    /** The Chat object in messages; shared, never changed. */
    ObjectNode json() {
        return json;
    }

    /** getChat's ChatFullInfo: the Chat object and the fields the API always fills in. */
    ObjectNode fullInfo() {
        ObjectNode info = json.deepCopy().put("accent_color_id", 0).put("max_reaction_count", 11);
        info.putObject("accepted_gift_types").put("unlimited_gifts", false).put("limited_gifts", false)
                .put("unique_gifts", false).put("premium_subscription", false);
        return info;
    }

    String status(long userId) {
        return statuses.getOrDefault(userId, "left");
    }

    void setStatus(long userId, String status) {
        statuses.put(userId, status);
    }

    Map<Long, String> statuses() {
        return Map.copyOf(statuses);
    }

    StoredMessage append(ObjectNode from, boolean byBot, long date, StoredMessage replyTo, ObjectNode service) {
        StoredMessage message = new StoredMessage(this, ++lastMessageId, date, from, byBot, replyTo, service);
        messages.put(message.id, message);
        return message;
    }

    /** A message that is still there, or null. */
    StoredMessage message(int messageId) {
        StoredMessage message = messages.get(messageId);
        return message == null || message.deleted ? null : message;
    }

    List<SentMessage> sentByBot() {
        return messages.values().stream().filter(message -> message.byBot)
                .sorted(Comparator.comparingInt(message -> message.id))
                .map(StoredMessage::snapshot).collect(Collectors.toUnmodifiableList());
    }
}
