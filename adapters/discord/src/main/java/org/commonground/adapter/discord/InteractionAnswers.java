package org.commonground.adapter.discord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.commonground.core.event.InboundResult;

/**
 * Answers people's interactions with a message only they see, and keeps each answer's hook for as
 * long as Discord honours it, so that what the core says next to that person (the category
 * question after a shared answer) reaches them alone too.
 */
final class InteractionAnswers {

    private static final Logger LOG = Logger.getLogger(InteractionAnswers.class.getName());
    /** Discord honours an interaction's token for 15 minutes; a minute is kept in hand. */
    private static final Duration VALID = Duration.ofMinutes(14);

    private record Kept<T>(T value, Instant at) {
    }

    private final Map<String, Kept<CompletableFuture<InteractionHook>>> byInteraction = new ConcurrentHashMap<>();
    private final Map<String, Kept<InteractionHook>> byMessage = new ConcurrentHashMap<>();
    private final Clock clock;

    InteractionAnswers(Clock clock) {
        this.clock = clock;
    }

    /**
     * Every note answers one person, so it goes ephemerally, whether or not it holds their data; the
     * group never sees a stream of thank-yous. Without a note, a tap is acknowledged silently.
     */
    void answer(IReplyCallback interaction, InboundResult result) {
        if (!result.hasNote()) {
            if (interaction instanceof IMessageEditCallback tap) {
                tap.deferEdit().queue();
            } else {
                keep(interaction, interaction.reply(OutgoingMessages.create("Thank you!", List.of())).setEphemeral(true).submit());
            }
            return;
        }
        List<String> parts = OutgoingMessages.noteParts(result.note());
        CompletableFuture<InteractionHook> replied = interaction.reply(OutgoingMessages.create(parts.get(0), List.of())).setEphemeral(true).submit();
        keep(interaction, replied);
        for (String part : parts.subList(1, parts.size())) {
            replied = replied.thenCompose(hook -> hook.sendMessage(OutgoingMessages.create(part, List.of())).setEphemeral(true).submit().thenApply(m -> hook));
        }
    }

    /** The hook of an interaction answered here, once its answer is through; empty when unknown or expired. */
    Optional<InteractionHook> hookOf(String interactionId) {
        Kept<CompletableFuture<InteractionHook>> kept = fresh(byInteraction, interactionId);
        if (kept == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(kept.value().join());
        } catch (CompletionException | CancellationException failed) {
            return Optional.empty();
        }
    }

    /** Remembers an ephemeral message sent through a hook, which only that hook can change. */
    void sentThrough(InteractionHook hook, Message message) {
        byMessage.put(message.getId(), new Kept<>(hook, clock.instant()));
    }

    /** The hook that can edit this ephemeral message, if it is one and still valid. */
    Optional<InteractionHook> hookOfMessage(String messageId) {
        return Optional.ofNullable(fresh(byMessage, messageId)).map(Kept::value);
    }

    private void keep(IReplyCallback interaction, CompletableFuture<InteractionHook> replied) {
        Instant now = clock.instant();
        byInteraction.values().removeIf(kept -> kept.at().plus(VALID).isBefore(now));
        byMessage.values().removeIf(kept -> kept.at().plus(VALID).isBefore(now));
        byInteraction.put(interaction.getId(), new Kept<>(replied, now));
        replied.exceptionally(failure -> {
            LOG.log(Level.WARNING, "Could not answer a Discord interaction", failure);
            return null;
        });
    }

    private <T> Kept<T> fresh(Map<String, Kept<T>> kept, String id) {
        Kept<T> found = id == null ? null : kept.get(id);
        return found == null || found.at().plus(VALID).isBefore(clock.instant()) ? null : found;
    }
}
