package org.commonground.core.openspace;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How slots read to people: times in the open space's zone, with the day when it is not all one day. */
public final class SlotTimes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private final ZoneId zone;
    private final boolean oneDay;
    private final List<Slot> slots;

    public SlotTimes(OpenSpace openSpace) {
        this.zone = openSpace.zone();
        this.slots = openSpace.slots();
        this.oneDay = slots.stream().map(s -> s.start().atZone(zone).toLocalDate()).distinct().count() <= 1;
    }

    /** "10:00–11:00", or "Sat 14 Mar 10:00–11:00" when the open space spans days. */
    public String label(int slot) {
        Slot s = slots.get(slot);
        String times = TIME.format(s.start().atZone(zone)) + "–" + TIME.format(s.end().atZone(zone));
        return oneDay ? times : SHORT_DAY.format(s.start().atZone(zone)) + " " + times;
    }

    /** "Saturday 14 March" when all slots are on one day; empty otherwise (each label has its day). */
    public String day() {
        return oneDay && !slots.isEmpty() ? DAY.format(slots.get(0).start().atZone(zone)) : "";
    }

    /** The start alone, "10:00". */
    public String start(int slot) {
        return TIME.format(slots.get(slot).start().atZone(zone));
    }
}
