package org.commonground.testkit.telegram;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What simulated people do, turned into messages and into the updates Telegram would send the
 * bot. In groups, privacy mode decides what reaches the bot, as it does by default on Telegram.
 */
final class People {

    private final World world;

    People(World world) {
        this.world = world;
    }

    Person newPerson(String firstName) {
        return new Person(this, world.addUser(firstName));
    }

    FakeChat privateChat(Person person) {
        return new FakeChat(world, world.privateChat(person.id()));
    }

    MessageRef post(Person author, long chatId, String text, MessageRef replyTo) {
        synchronized (world) {
            ChatState chat = chatToPostIn(author, chatId);
            StoredMessage target = replyTo == null ? null : world.existing(replyTo);
            StoredMessage message = chat.append(author.json(), false, world.now(), target, null);
            message.write(AutoEntities.in(text), text, null);
            if (reachesBot(message)) {
                world.deliver("message", message.json());
            }
            return new MessageRef(chat.id, message.id);
        }
    }

    private ChatState chatToPostIn(Person author, long chatId) {
        ChatState chat = chatId == author.id() ? world.privateChat(chatId) : world.chat(chatId);
        if (chat.type == ChatType.PRIVATE && chat.id != author.id()) {
            throw new IllegalArgumentException(author + " cannot post in another person's private chat");
        }
        if (chat.isGroup() && chat.status(author.id()).equals("left")) {
            throw new IllegalStateException(author + " is not a member of " + chat.title);
        }
        if (chat.type == ChatType.PRIVATE) {
            chat.started = true;
        }
        return chat;
    }

    void edit(Person author, MessageRef ref, String text) {
        synchronized (world) {
            StoredMessage message = world.existing(ref);
            if (message.byBot || message.from.get("id").asLong() != author.id()) {
                throw new IllegalArgumentException(author + " can only edit their own messages");
            }
            message.write(AutoEntities.in(text), text, null);
            message.editDate = world.now();
            if (reachesBot(message)) {
                world.deliver("edited_message", message.json());
            }
        }
    }

    String tap(Person person, MessageRef ref, String callbackData) {
        synchronized (world) {
            StoredMessage message = world.existing(ref);
            boolean hasButton = Button.rowsOf(message.replyMarkup).stream().flatMap(List::stream)
                    .anyMatch(button -> callbackData.equals(button.callbackData()));
            if (!message.byBot || !hasButton) {
                throw new IllegalArgumentException("No button with callback_data " + callbackData + " on " + ref);
            }
            String id = world.openQuery();
            ObjectNode query = Json.object().put("id", id);
            query.set("from", person.json());
            query.set("message", message.json());
            query.put("chat_instance", Long.toString(message.chat.id * 31 + world.bot().id())).put("data", callbackData);
            world.deliver("callback_query", query);
            return id;
        }
    }

    void react(Person person, MessageRef ref, List<String> emoji) {
        Reactions.requireStandard(emoji);
        synchronized (world) {
            StoredMessage message = world.existing(ref);
            List<String> old = message.reactions.getOrDefault(person.id(), List.of());
            message.reactions.put(person.id(), List.copyOf(emoji));
            if (message.chat.isGroup() && !message.chat.botAdmin) {
                return;
            }
            ObjectNode update = Json.object();
            update.set("chat", message.chat.json());
            update.put("message_id", message.id);
            update.set("user", person.json());
            update.put("date", world.now());
            update.set("old_reaction", reactionTypes(old));
            update.set("new_reaction", reactionTypes(emoji));
            world.deliver("message_reaction", update);
        }
    }

    private static ArrayNode reactionTypes(List<String> emoji) {
        ArrayNode types = Json.array();
        emoji.forEach(each -> types.addObject().put("type", "emoji").put("emoji", each));
        return types;
    }

    void blockBot(Person person) {
        synchronized (world) {
            world.privateChat(person.id()).blocked = true;
        }
    }

    /**
     * Privacy mode: in a group the bot hears commands (not those addressed to another bot),
     * replies to its own messages and mentions of it; as an administrator, or with privacy off,
     * it hears everything.
     */
    private boolean reachesBot(StoredMessage message) {
        ChatState chat = message.chat;
        if (!chat.isGroup() || !world.privacyMode() || chat.botAdmin) {
            return true;
        }
        String text = message.text.text();
        String handle = "@" + world.bot().username();
        if (text.startsWith("/")) {
            String command = text.split("\\s", 2)[0];
            int at = command.indexOf('@');
            return at < 0 || command.substring(at).equalsIgnoreCase(handle);
        }
        if (message.replyTo != null && message.replyTo.byBot) {
            return true;
        }
        return message.text.entities().stream().anyMatch(entity -> entity.type().equals("mention")
                && text.substring(entity.offset(), entity.end()).equalsIgnoreCase(handle));
    }
}
