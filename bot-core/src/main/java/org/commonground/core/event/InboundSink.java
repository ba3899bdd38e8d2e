package org.commonground.core.event;

import java.util.List;

/**
 * Where platform adapters hand over what happened. The call returns only once the event and its
 * effects are stored, so an adapter may confirm the event to its platform as soon as it returns.
 * Redelivered events are recognised and dropped. It does not throw for bad input; it throws only
 * when the store is unreachable, in which case the adapter must not confirm the event.
 */
public interface InboundSink {

    InboundResult accept(InboundEvent event);

    /**
     * Says that these events are about to be accepted one by one, so that the work they share (the
     * collator's, for replies) can be done together first. Stores nothing; skipping it changes nothing
     * but speed.
     */
    default void prepare(List<InboundEvent> events) {
    }
}
