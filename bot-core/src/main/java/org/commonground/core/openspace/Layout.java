package org.commonground.core.openspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checked slots and spaces: at least one of each, slots in time order and apart, space names distinct. */
record Layout(List<Slot> slots, List<Space> spaces) {

    static final int MAX_SLOTS = 48;
    static final int MAX_SPACES = 60;

    static Layout of(List<Slot> slots, List<Space> spaces) {
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("An open space needs at least one time slot, like --slots 10:00,11:30.");
        }
        if (spaces.isEmpty()) {
            throw new IllegalArgumentException("An open space needs at least one space with its capacity, "
                    + "like --spaces \"Hall:40,Garden:15\".");
        }
        if (slots.size() > MAX_SLOTS || spaces.size() > MAX_SPACES) {
            throw new IllegalArgumentException("That is more than " + MAX_SLOTS + " slots or " + MAX_SPACES
                    + " spaces; split it into several open spaces.");
        }
        List<Slot> ordered = new ArrayList<>(slots);
        ordered.sort(Comparator.comparing(Slot::start));
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).start().isBefore(ordered.get(i - 1).end())) {
                throw new IllegalArgumentException("Two slots overlap: give each slot its own time, or shorten them "
                        + "with --length.");
            }
        }
        Set<String> names = new HashSet<>();
        for (Space space : spaces) {
            if (!names.add(space.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("There are two spaces called " + space.name()
                        + "; give each its own name.");
            }
        }
        return new Layout(List.copyOf(ordered), List.copyOf(spaces));
    }
}
