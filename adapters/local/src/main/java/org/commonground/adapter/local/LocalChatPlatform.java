package org.commonground.adapter.local;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.domain.OutboundMessage.Edit;
import org.commonground.core.domain.OutboundMessage.Picture;
import org.commonground.core.domain.OutboundMessage.Post;
import org.commonground.core.event.InboundEvent;
import org.commonground.core.event.InboundResult;
import org.commonground.core.event.InboundSink;
import org.commonground.core.port.Buttons;
import org.commonground.core.port.ChatPlatform;
import org.commonground.core.port.DeliveryException;
import org.commonground.core.port.Dialect;
import org.commonground.core.port.DirectMessages;
import org.commonground.core.port.Edits;
import org.commonground.core.port.Images;
import org.commonground.core.port.Reactions;

/**
 * A chat platform that lives in this process: rooms named {@code local:<room>} where a person at the
 * console speaks as members. It has what the real platforms have — replies, reactions, buttons (shown
 * as numbered choices), edits, pictures, direct messages (rooms named {@code local:@<member>}) — so
 * every flow can be tried without a token.
 */
public final class LocalChatPlatform implements ChatPlatform, Reactions, Buttons, Edits, Images, DirectMessages {

    public static final String PLATFORM = "local";

    private final Map<String, LocalRoom> rooms = new ConcurrentHashMap<>();
    private final LocalEvents events;
    private final String runId;
    private final List<LocalRoomListener> listeners;
    private volatile InboundSink sink;

    /**
     * @param admins    member names that may use the convenor commands in chat
     * @param listeners who shows the rooms
     */
    public LocalChatPlatform(Set<String> admins, Clock clock, List<LocalRoomListener> listeners) {
        this.runId = Long.toString(clock.millis(), 36);
        this.events = new LocalEvents(admins, clock, runId);
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public String platform() {
        return PLATFORM;
    }

    @Override
    public Dialect dialect() {
        return Dialect.PLAIN_TEXT;
    }

    @Override
    public void start(InboundSink inboundSink) {
        this.sink = inboundSink;
    }

    @Override
    public void stop() {
        this.sink = null;
    }

    public boolean running() {
        return sink != null;
    }

    @Override
    public String post(ChatRef chat, Post post) throws DeliveryException {
        LocalRoom room = room(chat.id());
        if (post.replyTo() != null && room.find(post.replyTo()).isEmpty()) {
            throw DeliveryException.permanent("message to reply to not found: " + post.replyTo());
        }
        return show(chat.id(), room.add(null, post.text(), post.replyTo(), List.of())).id();
    }

    @Override
    public String postWithButtons(ChatRef chat, Post post) throws DeliveryException {
        LocalRoom room = room(chat.id());
        return show(chat.id(), room.add(null, post.text(), post.replyTo(), post.buttons())).id();
    }

    @Override
    public void react(ChatRef chat, String messageId, String emoji) throws DeliveryException {
        LocalRoom room = room(chat.id());
        // A message deleted before the acknowledgement arrives simply gets none.
        room.find(messageId).ifPresent(message -> {
            room.replace(message.react(emoji));
            listeners.forEach(l -> l.show(LocalTranscript.reaction(chat.toString(), message, emoji)));
        });
    }

    @Override
    public void edit(ChatRef chat, Edit edit) throws DeliveryException {
        LocalRoom room = room(chat.id());
        LocalMessage message = room.find(edit.messageId()).filter(LocalMessage::fromBot)
                .orElseThrow(() -> DeliveryException.permanent("message to edit not found: " + edit.messageId()));
        show(chat.id(), room.replace(message.edit(edit.text(), edit.buttons())));
    }

    @Override
    public String postPicture(ChatRef chat, Picture picture) {
        return show(chat.id(), room(chat.id()).add(picture)).id();
    }

    /** Every local member can be written to: their direct room is {@code local:@<member>}. */
    @Override
    public Optional<ChatRef> directChat(MemberRef member) {
        return Optional.of(directRoom(LocalEvents.memberName(member.id())));
    }

    /** A member posts in a room; text starting with "/" is a command. */
    public Spoken say(String roomName, String member, String text) {
        return speak(roomName, member, text, null);
    }

    /** A member replies to a message (by number, "#number" or id). */
    public Spoken reply(String roomName, String member, String to, String text) {
        LocalMessage target = message(roomName, to);
        return speak(roomName, member, text, target.id());
    }

    /** A member changes the text of one of their own messages. */
    public Spoken edit(String roomName, String member, String messageRef, String text) {
        LocalRoom room = room(roomName);
        LocalMessage own = ownMessage(roomName, member, messageRef);
        LocalMessage edited = show(roomName, room.replace(own.edit(text, List.of())));
        return new Spoken(edited, note(events.edited(chat(roomName), own, member, text)));
    }

    /** A member deletes one of their own messages. */
    public Spoken delete(String roomName, String member, String messageRef) {
        LocalRoom room = room(roomName);
        LocalMessage own = ownMessage(roomName, member, messageRef);
        LocalMessage deleted = show(roomName, room.replace(own.delete()));
        return new Spoken(deleted, note(new InboundEvent.MessageDeleted(chat(roomName), own.id())));
    }

    /** A member taps choice {@code choice} (from 1) under a bot message. */
    public Spoken press(String roomName, String member, String messageRef, int choice) {
        LocalMessage message = message(roomName, messageRef);
        if (choice < 1 || choice > message.buttons().size()) {
            throw new IllegalArgumentException("Message #" + message.number() + " has "
                    + (message.buttons().isEmpty() ? "no choices." : "choices 1 to " + message.buttons().size() + "."));
        }
        return new Spoken(message,
                note(events.pressed(chat(roomName), message, member, message.buttons().get(choice - 1).data())));
    }

    /** A member writes to the bot directly, outside any room. */
    public Spoken direct(String member, String text) {
        String name = LocalEvents.memberName(member);
        ChatRef dm = directRoom(name);
        LocalMessage message = show(dm.id(), room(dm.id()).add(name, text, null, List.of()));
        return new Spoken(message, note(events.posted(dm, message, true)));
    }

    /** The PNG of a picture the bot posted in the room. */
    public byte[] picture(String roomName, String messageRef) {
        LocalMessage message = message(roomName, messageRef);
        if (message.picture() == null) {
            throw new IllegalArgumentException("Message #" + message.number() + " in local:" + roomName
                    + " is not a picture.");
        }
        return message.picture().png();
    }

    /** The room's messages so far. */
    public List<LocalMessage> transcript(String roomName) {
        return room(roomName).transcript();
    }

    private Spoken speak(String roomName, String member, String text, String replyTo) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Say something: the message is empty.");
        }
        String name = LocalEvents.memberName(member);
        LocalMessage message = show(roomName, room(roomName).add(name, text, replyTo, List.of()));
        return new Spoken(message, note(events.posted(chat(roomName), message, false)));
    }

    /**
     * What a member's action did: the message as the room shows it, and what the bot said to that
     * member alone, if anything.
     */
    public record Spoken(LocalMessage message, Optional<String> note) {
    }

    private Optional<String> note(InboundEvent event) {
        InboundSink current = sink;
        if (current == null) {
            throw new IllegalStateException("The local room only runs inside the bot: start it with ./commonground");
        }
        InboundResult result = current.accept(event);
        return Optional.ofNullable(result.note());
    }

    private LocalMessage message(String roomName, String reference) {
        return room(roomName).find(reference).orElseThrow(() -> new IllegalArgumentException(
                "There is no message " + reference + " in local:" + roomName + "."));
    }

    private LocalMessage ownMessage(String roomName, String member, String reference) {
        LocalMessage message = message(roomName, reference);
        if (!LocalEvents.memberName(member).equals(message.author())) {
            throw new IllegalArgumentException("Message #" + message.number() + " is not " + member + "'s to change.");
        }
        return message;
    }

    private LocalMessage show(String roomName, LocalMessage message) {
        LocalRoom room = room(roomName);
        List<String> lines = LocalTranscript.lines(PLATFORM + ":" + roomName, message,
                id -> room.find(id).map(m -> String.valueOf(m.number())).orElse("?"));
        listeners.forEach(listener -> lines.forEach(listener::show));
        return message;
    }

    private LocalRoom room(String roomName) {
        chat(roomName);
        return rooms.computeIfAbsent(roomName, r -> new LocalRoom(runId));
    }

    private static ChatRef directRoom(String name) {
        return new ChatRef(PLATFORM, "@" + name);
    }

    private static ChatRef chat(String roomName) {
        return new ChatRef(PLATFORM, roomName);
    }
}
