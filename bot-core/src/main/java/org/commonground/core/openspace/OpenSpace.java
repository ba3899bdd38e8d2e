package org.commonground.core.openspace;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.commonground.core.domain.ChatRef;

/**
 * An open space: the chats it runs in, its time slots and spaces, and how far it has got.
 *
 * @param zone   the time zone its times are shown in
 * @param slots  in time order
 * @param spaces as the convenor listed them
 */
public record OpenSpace(long id, long gatheringId, String name, List<ChatRef> chats, ZoneId zone, List<Slot> slots,
                        List<Space> spaces, Phase phase, Instant createdAt) {

    public OpenSpace {
        chats = List.copyOf(chats);
        slots = List.copyOf(slots);
        spaces = List.copyOf(spaces);
    }

    /** How many sessions the agenda can hold: one per space in every slot. */
    public int places() {
        return slots.size() * spaces.size();
    }

    public boolean is(Phase expected) {
        return phase == expected;
    }
}
