package org.commonground.adapter.local;

/** Whoever shows the local rooms to a person: the interactive console, or the log of a headless bot. */
@FunctionalInterface
public interface LocalRoomListener {

    /** One line of a room's transcript, already formatted. */
    void show(String line);
}
