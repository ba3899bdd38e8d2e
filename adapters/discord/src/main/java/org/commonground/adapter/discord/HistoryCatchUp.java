package org.commonground.adapter.discord;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.event.InboundEvent;
import org.commonground.core.event.InboundSink;
import org.commonground.core.round.OpenPrompts;

/**
 * Finds the replies made while the bot was away. Before a gap (at start, and when a session is lost)
 * it marks, for each channel with an open round, the newest message already stored there; once the
 * session is back it reads each channel's history after its mark and hands over the replies to the
 * prompts. The inbound log drops whatever the gateway delivered as well, so each reply is taken once.
 */
final class HistoryCatchUp {

    private static final Logger LOG = Logger.getLogger(HistoryCatchUp.class.getName());
    private static final int PAGE = 100;

    private final OpenPrompts openPrompts;
    private final DiscordEvents events;
    private final InboundSink sink;
    private final ExecutorService reader;
    private final Map<ChatRef, Long> marks = new ConcurrentHashMap<>();

    HistoryCatchUp(OpenPrompts openPrompts, DiscordEvents events, InboundSink sink, ExecutorService reader) {
        this.openPrompts = openPrompts;
        this.events = events;
        this.sink = sink;
        this.reader = reader;
    }

    /** Marks where each open round's channel stands; an earlier mark not yet caught up on is kept. */
    void mark() {
        for (OpenPrompts.InChat chat : openPrompts.on(DiscordChatPlatform.PLATFORM)) {
            marks.putIfAbsent(chat.chat(), newest(Stream.concat(chat.promptIds().stream(), chat.takenIds().stream())));
        }
    }

    /** Reads every marked channel after its mark, on the reader thread. */
    void catchUp(JDA jda) {
        reader.execute(() -> {
            for (OpenPrompts.InChat chat : openPrompts.on(DiscordChatPlatform.PLATFORM)) {
                Long mark = marks.remove(chat.chat());
                long after = mark != null ? mark : newest(chat.promptIds().stream());
                try {
                    read(jda, chat, after);
                } catch (RuntimeException failed) {
                    marks.merge(chat.chat(), after, Math::min);
                    LOG.log(Level.WARNING, "Could not read the history of " + chat.chat() + "; trying again after "
                            + "the next reconnect", failed);
                }
            }
        });
    }

    private void read(JDA jda, OpenPrompts.InChat chat, long after) {
        MessageChannel channel = jda.getChannelById(MessageChannel.class, chat.chat().id());
        if (channel == null) {
            throw new IllegalStateException("the channel is not in JDA's cache (yet)");
        }
        Set<String> prompts = new HashSet<>(chat.promptIds());
        int taken = 0;
        List<Message> page;
        do {
            page = new ArrayList<>(channel.getHistoryAfter(after, PAGE).complete().getRetrievedHistory());
            Collections.reverse(page);
            for (Message message : page) {
                after = message.getIdLong();
                InboundEvent reply = events.posted(message)
                        .filter(e -> prompts.contains(((InboundEvent.MessagePosted) e).replyTo())).orElse(null);
                if (reply != null) {
                    sink.accept(reply);
                    taken++;
                }
            }
        } while (page.size() == PAGE);
        int read = taken;
        LOG.fine(() -> "Caught up on " + chat.chat() + ": " + read + " replies handed over again");
    }

    private static long newest(Stream<String> ids) {
        return ids.mapToLong(DiscordIds::parse).max().orElse(0);
    }
}
