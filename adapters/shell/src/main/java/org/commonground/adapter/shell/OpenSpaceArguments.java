package org.commonground.adapter.shell;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.commonground.core.openspace.Slot;
import org.commonground.core.openspace.Space;

/** Reads an open space's set-up as a convenor types it: times, a day, a zone and spaces with capacities. */
final class OpenSpaceArguments {

    static final Duration DEFAULT_LENGTH = Duration.ofHours(1);

    private OpenSpaceArguments() {
    }

    /** The zone given, or this machine's. */
    static ZoneId zone(String text) {
        if (text == null || text.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time zone; write it like Europe/London.");
        }
    }

    /**
     * Slots from "10:00,11:30" on {@code day} (today when not given), or from full times such as
     * "2026-05-16T10:00" for an open space over several days; each {@code length} long (1h if not given).
     */
    static List<Slot> slots(String text, String day, String length, ZoneId zone, Clock clock) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Duration each = length == null || length.isBlank() ? DEFAULT_LENGTH : Arguments.duration(length);
        if (each.isZero() || each.isNegative()) {
            throw new IllegalArgumentException("A slot needs a length, like --length 45m.");
        }
        LocalDate date = date(day, zone, clock);
        List<Slot> slots = new ArrayList<>();
        for (String time : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            slots.add(new Slot(start(time, date).atZone(zone).toInstant(), each));
        }
        return slots;
    }

    /** Spaces from "Hall:40,Garden:15". */
    static List<Space> spaces(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Space> spaces = new ArrayList<>();
        for (String item : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            int colon = item.lastIndexOf(':');
            String name = colon < 0 ? item : item.substring(0, colon).strip();
            try {
                spaces.add(new Space(name, Integer.parseInt(colon < 0 ? "" : item.substring(colon + 1).strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The space " + name + " needs a capacity: write it like " + name
                        + ":20.");
            }
        }
        return spaces;
    }

    private static LocalDate date(String day, ZoneId zone, Clock clock) {
        if (day == null || day.isBlank()) {
            return LocalDate.now(clock.withZone(zone));
        }
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + day + "' is not a day; write it like 2026-05-16.");
        }
    }

    private static LocalDateTime start(String time, LocalDate date) {
        try {
            return time.contains("T") ? LocalDateTime.parse(time) : date.atTime(LocalTime.parse(time));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + time + "' is not a time; write slots like 10:00,11:30, or "
                    + "2026-05-16T10:00 for several days.");
        }
    }
}
