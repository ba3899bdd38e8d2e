package org.commonground.core.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.commonground.core.domain.OutboundMessage;
import org.commonground.core.domain.OutboxMessage;
import org.commonground.core.domain.Topic;
import org.commonground.core.port.Buttons;
import org.commonground.core.port.ChatPlatform;
import org.commonground.core.port.DeliveryException;
import org.commonground.core.port.Edits;
import org.commonground.core.port.Images;
import org.commonground.core.port.OutboxStore;
import org.commonground.core.port.Reactions;
import org.commonground.core.port.ShareForms;

/**
 * Delivers the outbox: for each chat, its oldest pending message, so a chat's messages go out in
 * order; a message the platform refuses for now blocks the ones behind it until it goes.
 * Rate limits are honoured to the platform's {@code retry_after}; other transient failures back off
 * exponentially; permanent refusals are kept as failed with their reason.
 */
public final class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    static final int BATCH = 100;
    static final int MAX_ATTEMPTS = 40;
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final OutboxStore store;
    private final Platforms platforms;
    private final Clock clock;

    public OutboxDispatcher(OutboxStore store, Platforms platforms, Clock clock) {
        this.store = store;
        this.platforms = platforms;
        this.clock = clock;
    }

    /**
     * Tries each chat's next due message once.
     *
     * @return how many messages were delivered
     */
    public int deliverDue() {
        List<OutboxMessage> due = store.due(platforms.names(), clock.instant(), BATCH);
        int delivered = 0;
        for (OutboxMessage message : due) {
            if (deliver(message)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(OutboxMessage message) {
        ChatPlatform platform = platforms.of(message.chat()).orElseThrow();
        try {
            String deliveredId = send(platform, message);
            store.markDelivered(message.id(), deliveredId, clock.instant());
            return true;
        } catch (DeliveryException e) {
            handleFailure(message, e);
        } catch (RuntimeException e) {
            handleFailure(message, DeliveryException.transientFailure(String.valueOf(e), e));
        }
        return false;
    }

    private String send(ChatPlatform platform, OutboxMessage message) throws DeliveryException {
        OutboundMessage outbound = message.message();
        if (outbound instanceof OutboundMessage.Post post) {
            if (platform instanceof ShareForms forms && isPrompt(message, post)) {
                return forms.postPrompt(message.chat(), post);
            }
            if (post.buttons().isEmpty()) {
                return platform.post(message.chat(), post);
            }
            if (!(platform instanceof Buttons buttons)) {
                throw DeliveryException.permanent(platform.platform() + " cannot show buttons");
            }
            return buttons.postWithButtons(message.chat(), post);
        }
        if (outbound instanceof OutboundMessage.React react) {
            // A platform without reactions simply stays quiet: the acknowledgement is a courtesy.
            if (platform instanceof Reactions reactions) {
                reactions.react(message.chat(), react.messageId(), react.emoji());
            }
            return react.messageId();
        }
        if (outbound instanceof OutboundMessage.Picture picture) {
            // What a picture shows is always posted as text too, so a platform without pictures skips it.
            return platform instanceof Images images ? images.postPicture(message.chat(), picture) : null;
        }
        OutboundMessage.Edit edit = (OutboundMessage.Edit) outbound;
        if (!(platform instanceof Edits edits)) {
            throw DeliveryException.permanent(platform.platform() + " cannot edit messages");
        }
        edits.edit(message.chat(), edit);
        return edit.messageId();
    }

    /** A round's prompt: the message members answer, and so the one a share form hangs under. */
    private static boolean isPrompt(OutboxMessage message, OutboundMessage.Post post) {
        Topic topic = Topic.parseOrNull(message.topic());
        return topic != null && topic.is(Topic.ROUND) && post.buttons().isEmpty();
    }

    private void handleFailure(OutboxMessage message, DeliveryException e) {
        Instant now = clock.instant();
        switch (e.kind()) {
            case RATE_LIMITED -> store.retryLater(message.id(), now.plus(e.retryAfter()), e.getMessage());
            case TRANSIENT -> {
                if (message.attempts() + 1 >= MAX_ATTEMPTS) {
                    LOG.warning(() -> "Giving up on outbox message " + message.id() + " to " + message.chat()
                            + " after " + MAX_ATTEMPTS + " attempts: " + e.getMessage());
                    store.markFailed(message.id(), e.getMessage());
                } else {
                    store.retryLater(message.id(), now.plus(backoff(message.attempts())), e.getMessage());
                }
            }
            case PERMANENT -> {
                LOG.log(Level.WARNING, "Outbox message {0} to {1} refused: {2}",
                        new Object[] {message.id(), message.chat(), e.getMessage()});
                store.markFailed(message.id(), e.getMessage());
            }
        }
    }

    /** One second doubled per earlier attempt, at most five minutes. */
    static Duration backoff(int attempts) {
        Duration wait = Duration.ofSeconds(1L << Math.min(attempts, 20));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
