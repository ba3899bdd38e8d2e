package org.commonground.testkit.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A simulated Telegram user. What they do reaches the bot as the updates Telegram would send,
 * subject to the bot's privacy mode and allowed_updates. Misuse that Telegram's apps would not allow
 * (editing someone else's message, tapping a button that is not there) throws at once.
 */
public final class Person {

    private final People people;
    private final ObjectNode json;

    Person(People people, ObjectNode json) {
        this.people = people;
        this.json = json;
    }

    public long id() {
        return json.get("id").asLong();
    }

    public String firstName() {
        return json.get("first_name").asText();
    }

    public String username() {
        return json.get("username").asText();
    }

    /** This person's private chat with the bot, whose id is the person's id. */
    public FakeChat privateChat() {
        return people.privateChat(this);
    }

    /** Posts a message; "/command args" and "/command@bot args" carry a bot_command entity. */
    public MessageRef says(FakeChat chat, String text) {
        return people.post(this, chat.id(), text, null);
    }

    /** Replies to a message, the bot's or anyone's, in its chat. */
    public MessageRef repliesTo(MessageRef message, String text) {
        return people.post(this, message.chatId(), text, message);
    }

    /** Edits one of this person's own messages; the bot gets an edited_message. */
    public void edits(MessageRef message, String newText) {
        people.edit(this, message, newText);
    }

    /** Taps the inline button with this callback_data on a bot message; returns the callback query id. */
    public String taps(MessageRef botMessage, String callbackData) {
        return people.tap(this, botMessage, callbackData);
    }

    /** Sets this person's reaction to a message; no emoji takes the reaction back. */
    public void reactsTo(MessageRef message, String... emoji) {
        people.react(this, message, List.of(emoji));
    }

    /** Blocks the bot: its sends to this person fail with 403 from then on. */
    public void blocksBot() {
        people.blockBot(this);
    }

    ObjectNode json() {
        return json;
    }

    @Override
    public String toString() {
        return firstName() + " (" + id() + ")";
    }
}
