package org.commonground.testkit.telegram;

/** A chat in the fake: a person's private chat with the bot, a group or a supergroup. */
public final class FakeChat {

    private final World world;
    private final long id;
    private final ChatType type;
    private final String title;

    FakeChat(World world, ChatState state) {
        this.world = world;
        this.id = state.id;
        this.type = state.type;
        this.title = state.title;
    }

    public long id() {
        return id;
    }

    /** "private", "group" or "supergroup". */
    public String type() {
        return type.apiName();
    }

    /** The group's title, or the person's first name for a private chat. */
    public String title() {
        return title;
    }

    public void add(Person... members) {
        for (Person member : members) {
            world.setStatus(id, member.id(), "member");
        }
    }

    public void promote(Person member) {
        world.setStatus(id, member.id(), "administrator");
    }

    public void remove(Person member) {
        world.setStatus(id, member.id(), "left");
    }

    /** An administrator bot sees every message and reaction in the group, privacy mode or not. */
    public void makeBotAdmin(boolean admin) {
        world.setBotAdmin(id, admin);
    }

    /**
     * Upgrades a group: both chats get their migrate service message, and from then on the bot's
     * calls on the old id fail with 400 and {@code parameters.migrate_to_chat_id}.
     */
    public FakeChat migrateToSupergroup() {
        return world.migrate(id);
    }

    public MessageRef message(int messageId) {
        return new MessageRef(id, messageId);
    }

    @Override
    public String toString() {
        return type() + " " + title + " (" + id + ")";
    }
}
