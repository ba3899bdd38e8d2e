package org.commonground.core.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.commonground.core.domain.Button;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.OutboundMessage;
import org.commonground.core.domain.Topic;
import org.commonground.core.port.Dialect;
import org.commonground.core.port.OutboxStore;
import org.commonground.core.summary.Markup;
import org.commonground.core.summary.MessageSplitter;

/**
 * Puts messages in the outbox, written for each chat's dialect and split to its length limit. The
 * running bot's {@link OutboxDispatcher} delivers them.
 */
public final class Outbox {

    private final OutboxStore store;
    private final Dialects dialects;
    private final Clock clock;

    public Outbox(OutboxStore store, Dialects dialects, Clock clock) {
        this.store = store;
        this.dialects = dialects;
        this.clock = clock;
    }

    /**
     * Enqueues lines written by {@code writer} in the chat's markup, as one message or several.
     * The first part replies to {@code replyTo}; the buttons go under the last part; every part
     * carries the topic.
     */
    public List<Long> post(ChatRef chat, Function<Markup, List<String>> writer, String replyTo, List<Button> buttons,
                           Topic topic) {
        Dialect dialect = dialects.of(chat);
        List<String> parts = MessageSplitter.split(writer.apply(Markup.of(dialect.format())), dialect.maxLength());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            OutboundMessage.Post post = new OutboundMessage.Post(parts.get(i), dialect.format(),
                    i == 0 ? replyTo : null, last ? buttons : List.of());
            ids.add(store.enqueue(chat, post, topic, clock.instant()));
        }
        return ids;
    }

    /** Enqueues parts that are already written in the chat's dialect, each within its limit. */
    public List<Long> postWritten(ChatRef chat, List<String> parts, Topic topic) {
        Dialect dialect = dialects.of(chat);
        return parts.stream()
                .map(text -> store.enqueue(chat, new OutboundMessage.Post(text, dialect.format(), null, List.of()),
                        topic, clock.instant()))
                .toList();
    }

    /** Enqueues a picture with a caption written in the chat's markup. */
    public long picture(ChatRef chat, byte[] png, String name, Function<Markup, String> caption, Topic topic) {
        Dialect dialect = dialects.of(chat);
        OutboundMessage.Picture picture = new OutboundMessage.Picture(png, name,
                caption.apply(Markup.of(dialect.format())), dialect.format());
        return store.enqueue(chat, picture, topic, clock.instant());
    }

    public long react(ChatRef chat, String messageId, String emoji) {
        return store.enqueue(chat, new OutboundMessage.React(messageId, emoji), null, clock.instant());
    }

    /** Enqueues a new text for a bot message, written in the chat's markup. */
    public long edit(ChatRef chat, String messageId, Function<Markup, String> writer, List<Button> buttons) {
        Dialect dialect = dialects.of(chat);
        String text = writer.apply(Markup.of(dialect.format()));
        return store.enqueue(chat, new OutboundMessage.Edit(messageId, text, dialect.format(), buttons), null,
                clock.instant());
    }

    /** Refuses a chat that no message could ever reach: see {@link Dialects#check}. */
    public void checkChat(ChatRef chat) {
        dialects.check(chat);
    }

    public Dialect dialectOf(ChatRef chat) {
        return dialects.of(chat);
    }
}
