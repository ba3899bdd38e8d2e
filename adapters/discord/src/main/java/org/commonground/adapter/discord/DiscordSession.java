package org.commonground.adapter.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.event.InboundSink;
import org.commonground.core.port.DeliveryException;
import org.commonground.core.round.OpenPrompts;

/** One connection to Discord, from start to stop: JDA, its listener and the catch-up's reader. */
final class DiscordSession {

    private final JDA jda;
    private final ExecutorService reader;

    private DiscordSession(JDA jda, ExecutorService reader) {
        this.jda = jda;
        this.reader = reader;
    }

    /** Marks where the rounds stand, connects, and registers the slash commands. */
    static DiscordSession open(DiscordSettings settings, OpenPrompts openPrompts, InteractionAnswers answers,
                               Clock clock, InboundSink sink) {
        InboundSink serial = new SerialSink(sink);
        DiscordEvents events = new DiscordEvents(settings.convenorRole(), clock);
        ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "discord-catch-up");
            thread.setDaemon(true);
            return thread;
        });
        HistoryCatchUp catchUp = new HistoryCatchUp(openPrompts, events, serial, reader);
        catchUp.mark();
        try {
            JDA jda = DiscordConnection.open(settings, new DiscordListener(events, serial, answers, catchUp));
            jda.updateCommands().addCommands(SlashCommands.all()).complete();
            return new DiscordSession(jda, reader);
        } catch (InterruptedException e) {
            reader.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while connecting to Discord", e);
        }
    }

    JDA jda() {
        return jda;
    }

    /** The channel, if JDA knows it; while JDA reconnects and its cache is empty, try again later. */
    MessageChannel channel(ChatRef chat) throws DeliveryException {
        MessageChannel channel = jda.getChannelById(MessageChannel.class, chat.id());
        if (channel != null) {
            return channel;
        }
        if (jda.getStatus() != JDA.Status.CONNECTED) {
            throw DeliveryException.transientFailure("Discord is reconnecting", null);
        }
        throw DeliveryException.permanent("The bot cannot see Discord channel " + chat.id());
    }

    void close() {
        reader.shutdownNow();
        jda.shutdown();
        try {
            jda.awaitShutdown(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
