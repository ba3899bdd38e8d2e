package org.commonground.core.openspace.harvest;

/** What a point in a host's notes is, as the harvest sorts it. */
public enum Kind {
    IDEA("Ideas"),
    OBSTACLE("Obstacles"),
    ACTION("Actions");

    private final String heading;

    Kind(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }
}
