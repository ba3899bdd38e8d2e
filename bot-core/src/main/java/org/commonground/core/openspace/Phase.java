package org.commonground.core.openspace;

/** Where an open space is in its day, in order. */
public enum Phase {
    /** Set up by the convenor; nothing posted yet. */
    DRAFT,
    /** The call for proposals is open: people propose sessions and say which they would join. */
    PROPOSING,
    /** The agenda is made; people can still say which sessions they will join. */
    SCHEDULED,
    /** The sessions have run; hosts post their notes. */
    HARVEST,
    /** Over: nothing more is taken. */
    CLOSED;

    /** How the phase reads in a listing. */
    public String label() {
        return switch (this) {
            case DRAFT -> "draft";
            case PROPOSING -> "taking proposals";
            case SCHEDULED -> "scheduled";
            case HARVEST -> "harvest";
            case CLOSED -> "closed";
        };
    }
}
