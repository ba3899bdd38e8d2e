package org.commonground.adapter.discord;

import org.commonground.core.event.InboundEvent;
import org.commonground.core.event.InboundResult;
import org.commonground.core.event.InboundSink;

/**
 * Hands events over one at a time, so the gateway's events and the catch-up's re-reads never race
 * to take the same message.
 */
final class SerialSink implements InboundSink {

    private final InboundSink sink;

    SerialSink(InboundSink sink) {
        this.sink = sink;
    }

    @Override
    public synchronized InboundResult accept(InboundEvent event) {
        return sink.accept(event);
    }
}
