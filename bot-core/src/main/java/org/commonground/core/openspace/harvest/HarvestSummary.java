package org.commonground.core.openspace.harvest;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an open space's harvest says, before it is written in any dialect.
 *
 * @param sessions in agenda order
 * @param themes   themes that came up in more than one session, the most widely shared first
 */
public record HarvestSummary(String name, List<SessionPart> sessions, List<CrossTheme> themes) {

    public HarvestSummary {
        sessions = List.copyOf(sessions);
        themes = List.copyOf(themes);
    }

    /**
     * One session's harvest.
     *
     * @param hosts  the names of the hosts who chose to be credited
     * @param points the points of its notes by kind, each list in the order written
     */
    public record SessionPart(int number, String title, List<String> hosts, int interested,
                              Map<Kind, List<String>> points) {

        public SessionPart {
            hosts = List.copyOf(hosts);
            Map<Kind, List<String>> copy = new EnumMap<>(Kind.class);
            points.forEach((kind, texts) -> copy.put(kind, List.copyOf(texts)));
            points = copy;
        }

        public boolean hasNotes() {
            return points.values().stream().anyMatch(texts -> !texts.isEmpty());
        }
    }

    /** A theme shared by several sessions, with the numbers of those sessions and a quote. */
    public record CrossTheme(String label, List<Integer> sessions, String quote) {

        public CrossTheme {
            sessions = List.copyOf(sessions);
        }
    }
}
