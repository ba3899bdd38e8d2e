package org.commonground.core.port;

import java.time.Instant;

import org.commonground.core.domain.ChatRef;

/** Remembers which inbound events were taken, so a redelivered event has no second effect. */
public interface InboundLog {

    /**
     * Records the event key for the chat.
     *
     * @return true the first time, false if it was recorded before
     */
    boolean firstTime(ChatRef chat, String eventKey, Instant at);

    /** Reads a per-platform position, such as the last stored Telegram update id; 0 when unknown. */
    long position(String name);

    /**
     * Stores a per-platform position durably, with everything stored before it: once this returns, a
     * platform may be told that the events up to the position were taken, even if the process dies.
     */
    void savePosition(String name, long value);
}
