package org.commonground.core.openspace;

/**
 * Where the agenda puts one session.
 *
 * @param slot  the time slot's position in the open space, from 0
 * @param space the space's position in the open space, from 0
 */
public record Booking(long sessionId, int slot, int space) {

    public Booking {
        if (slot < 0 || space < 0) {
            throw new IllegalArgumentException("A booking needs a slot and a space: " + slot + ", " + space);
        }
    }
}
