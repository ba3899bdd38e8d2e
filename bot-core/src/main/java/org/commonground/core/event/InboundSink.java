package org.commonground.core.event;

/**
 * Where platform adapters hand over what happened. The call returns only once the event and its
 * effects are stored, so an adapter may confirm the event to its platform as soon as it returns.
 * Redelivered events are recognised and dropped. It does not throw for bad input; it throws only
 * when the store is unreachable, in which case the adapter must not confirm the event.
 */
public interface InboundSink {

    InboundResult accept(InboundEvent event);
}
