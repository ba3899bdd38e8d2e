package org.commonground.testkit.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The simulated Telegram: people, chats and their messages, and the updates they make for the
 * bot. This object's monitor guards all of that state; request threads and the test thread take
 * it for every read or change, so each API call sees one consistent world.
 */
final class World {

    private static final long FIRST_USER_ID = 1_000_001L;
    private static final long GROUP_ID_BASE = -4_000_000_000L;
    private static final long SUPERGROUP_ID_BASE = -1_002_000_000_000L;

    private final BotProfile bot;
    private final UpdateQueue updates;
    private final Clock clock;
    private final Map<Long, ObjectNode> users = new HashMap<>();
    private final Map<Long, ChatState> chats = new HashMap<>();
    private final Set<String> openQueries = new HashSet<>();
    private long groups;
    private long supergroups;
    private long queries;
    private boolean privacyMode = true;

    World(BotProfile bot, UpdateQueue updates, Clock clock) {
        this.bot = bot;
        this.updates = updates;
        this.clock = clock;
    }

    BotProfile bot() {
        return bot;
    }

    synchronized long now() {
        return clock.instant().getEpochSecond();
    }

    synchronized boolean privacyMode() {
        return privacyMode;
    }

    synchronized void privacyMode(boolean enabled) {
        privacyMode = enabled;
    }

    synchronized ObjectNode addUser(String firstName) {
        long id = FIRST_USER_ID + users.size();
        String username = firstName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "_" + id;
        ObjectNode user = Json.object().put("id", id).put("is_bot", false).put("first_name", firstName)
                .put("username", username).put("language_code", "en");
        users.put(id, user);
        return user;
    }

    synchronized ObjectNode user(long userId) {
        return userId == bot.id() ? bot.user() : users.get(userId);
    }

    synchronized ChatState privateChat(long userId) {
        return chats.computeIfAbsent(userId, id -> {
            ObjectNode user = users.get(id);
            ObjectNode json = Json.object().put("id", id).put("first_name", user.get("first_name").asText())
                    .put("username", user.get("username").asText()).put("type", "private");
            ChatState chat = new ChatState(id, ChatType.PRIVATE, user.get("first_name").asText(), json);
            chat.setStatus(id, "member");
            return chat;
        });
    }

    synchronized FakeChat newGroup(ChatType type, String title, Person creator, Person... members) {
        ChatState chat = newGroupChat(type, title);
        chat.setStatus(creator.id(), "creator");
        for (Person member : members) {
            chat.setStatus(member.id(), "member");
        }
        return new FakeChat(this, chat);
    }

    private ChatState newGroupChat(ChatType type, String title) {
        long id = type == ChatType.GROUP ? GROUP_ID_BASE - ++groups : SUPERGROUP_ID_BASE - ++supergroups;
        ObjectNode json = Json.object().put("id", id).put("title", title).put("type", type.apiName());
        ChatState chat = new ChatState(id, type, title, json);
        chats.put(id, chat);
        return chat;
    }

    synchronized void setStatus(long chatId, long userId, String status) {
        chats.get(chatId).setStatus(userId, status);
    }

    synchronized void setBotAdmin(long chatId, boolean admin) {
        chats.get(chatId).botAdmin = admin;
    }

    synchronized FakeChat migrate(long groupId) {
        ChatState group = chats.get(groupId);
        if (group.type != ChatType.GROUP || group.migratedTo != null) {
            throw new IllegalStateException("Only a group that was not upgraded yet can become a supergroup");
        }
        ChatState supergroup = newGroupChat(ChatType.SUPERGROUP, group.title);
        group.statuses().forEach(supergroup::setStatus);
        supergroup.botAdmin = group.botAdmin;
        ObjectNode creator = group.statuses().entrySet().stream().filter(entry -> entry.getValue().equals("creator"))
                .map(entry -> users.get(entry.getKey())).findFirst().orElse(bot.user());
        postService(group, creator, Json.object().put("migrate_to_chat_id", supergroup.id));
        postService(supergroup, creator, Json.object().put("migrate_from_chat_id", group.id));
        group.migratedTo = supergroup.id;
        return new FakeChat(this, supergroup);
    }

    /** Service messages reach the bot whatever its privacy mode. */
    private void postService(ChatState chat, ObjectNode from, ObjectNode fields) {
        deliver("message", chat.append(from, false, now(), null, fields).json());
    }

    /** A chat the bot may address: 400 when there is none, or when it has become a supergroup. */
    synchronized ChatState chat(long chatId) {
        ChatState chat = users.containsKey(chatId) ? privateChat(chatId) : chats.get(chatId);
        if (chat == null) {
            throw ApiError.badRequest("chat not found");
        }
        if (chat.migratedTo != null) {
            throw ApiError.migrated(chat.migratedTo);
        }
        return chat;
    }

    /** A chat the bot may post in: a person must have started the bot, and not blocked it since. */
    synchronized ChatState chatToWrite(long chatId) {
        ChatState chat = chat(chatId);
        if (chat.blocked) {
            throw ApiError.forbidden("bot was blocked by the user");
        }
        if (chat.type == ChatType.PRIVATE && !chat.started) {
            throw ApiError.forbidden("bot can't initiate conversation with a user");
        }
        return chat;
    }

    /** A message the test points at; pointing at one that is not there is a mistake in the test. */
    synchronized StoredMessage existing(MessageRef ref) {
        ChatState chat = chats.get(ref.chatId());
        StoredMessage message = chat == null ? null : chat.message(ref.messageId());
        if (message == null) {
            throw new IllegalArgumentException("There is no message " + ref);
        }
        return message;
    }

    synchronized String openQuery() {
        String id = bot.id() + "-" + ++queries;
        openQueries.add(id);
        return id;
    }

    /** A callback query can be answered once. */
    synchronized boolean closeQuery(String id) {
        return openQueries.remove(id);
    }

    void deliver(String kind, ObjectNode payload) {
        updates.offer(kind, payload);
    }

    synchronized List<SentMessage> sentByBot(long chatId) {
        ChatState chat = chats.get(chatId);
        return chat == null ? List.of() : chat.sentByBot();
    }
}
