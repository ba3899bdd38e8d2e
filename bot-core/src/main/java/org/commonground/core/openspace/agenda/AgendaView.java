package org.commonground.core.openspace.agenda;

import java.util.List;
import java.util.Optional;

/**
 * An agenda as people see it, before it is written as text or drawn.
 *
 * @param day        the day, when all slots are on one day; else empty
 * @param slotLabels one per slot, such as "10:00–11:00"
 * @param spaces     one per space, such as "Garden (15)"
 * @param entries    the placed sessions, by slot and then space
 * @param unplaced   the sessions without a place, by number
 */
public record AgendaView(String name, String day, List<String> slotLabels, List<String> spaces, List<Entry> entries,
                         List<Entry> unplaced) {

    public AgendaView {
        slotLabels = List.copyOf(slotLabels);
        spaces = List.copyOf(spaces);
        entries = List.copyOf(entries);
        unplaced = List.copyOf(unplaced);
    }

    /**
     * One session on the agenda.
     *
     * @param slot  the slot's position, or -1 when unplaced
     * @param space the space's position, or -1 when unplaced
     */
    public record Entry(int slot, int space, int number, String title, int interested) {
    }

    /** The session in a place, if any. */
    public Optional<Entry> at(int slot, int space) {
        return entries.stream().filter(e -> e.slot() == slot && e.space() == space).findFirst();
    }
}
