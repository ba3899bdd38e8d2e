package org.commonground.core.testkit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.domain.OutboundMessage;
import org.commonground.core.domain.OutboundMessage.Edit;
import org.commonground.core.domain.OutboundMessage.Picture;
import org.commonground.core.domain.OutboundMessage.Post;
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
 * A platform double that records what it is asked to do, with every capability, and fails on
 * demand. It stands for a platform we do not own; the core's own parts are never doubled.
 */
public final class RecordingPlatform implements ChatPlatform, Reactions, Buttons, Edits, Images, DirectMessages {

    /** One thing the platform was asked to do, with the id it answered. */
    public record Sent(ChatRef chat, OutboundMessage message, String id) {
    }

    private final String name;
    private final Dialect dialect;
    private final List<Sent> sent = new ArrayList<>();
    private final Deque<DeliveryException> failures = new ArrayDeque<>();
    private long nextId = 1000;
    private InboundSink sink;
    private boolean memberWritesFirst;

    public RecordingPlatform(String name, Dialect dialect) {
        this.name = name;
        this.dialect = dialect;
    }

    /** Makes this platform, like Telegram, let the bot write to a person only after they wrote to it. */
    public RecordingPlatform memberWritesFirst(boolean required) {
        this.memberWritesFirst = required;
        return this;
    }

    @Override
    public boolean memberWritesFirst() {
        return memberWritesFirst;
    }

    /** The next calls fail with these, in order. */
    public synchronized void failNext(DeliveryException... next) {
        failures.addAll(List.of(next));
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    public synchronized List<Sent> sentTo(ChatRef chat) {
        return sent.stream().filter(s -> s.chat().equals(chat)).toList();
    }

    public InboundSink sink() {
        return sink;
    }

    @Override
    public String platform() {
        return name;
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public void start(InboundSink sink) {
        this.sink = sink;
    }

    @Override
    public void stop() {
        sink = null;
    }

    @Override
    public String post(ChatRef chat, Post post) throws DeliveryException {
        return record(chat, post);
    }

    @Override
    public String postWithButtons(ChatRef chat, Post post) throws DeliveryException {
        return record(chat, post);
    }

    @Override
    public void react(ChatRef chat, String messageId, String emoji) throws DeliveryException {
        record(chat, new OutboundMessage.React(messageId, emoji));
    }

    @Override
    public void edit(ChatRef chat, Edit edit) throws DeliveryException {
        record(chat, edit);
    }

    @Override
    public String postPicture(ChatRef chat, Picture picture) throws DeliveryException {
        return record(chat, picture);
    }

    /** Every member can be written to, in a chat named after them. */
    @Override
    public Optional<ChatRef> directChat(MemberRef member) {
        return Optional.of(directChatOf(member));
    }

    public ChatRef directChatOf(MemberRef member) {
        return new ChatRef(name, "dm-" + member.id());
    }

    private synchronized String record(ChatRef chat, OutboundMessage message) throws DeliveryException {
        DeliveryException failure = failures.poll();
        if (failure != null) {
            throw failure;
        }
        String id = String.valueOf(nextId++);
        sent.add(new Sent(chat, message, id));
        return id;
    }
}
