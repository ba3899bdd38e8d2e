package org.commonground.core.openspace;

/** A room, corner, breakout or online room where one session at a time takes place. */
public record Space(String name, int capacity) {

    public Space {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A space needs a name, like Hall:40.");
        }
        name = name.strip();
        if (capacity < 1) {
            throw new IllegalArgumentException("The space " + name + " needs a capacity of at least one person, "
                    + "like " + name + ":20.");
        }
    }
}
