package org.commonground.core.openspace.schedule;

/** A session the agenda could not hold, and why. */
public record Unplaced(long sessionId, Reason reason) {

    /** Why a session has no place. */
    public enum Reason {
        /** One of its hosts leads more sessions than there are slots. */
        HOST_IN_EVERY_SLOT("one of its hosts leads a session in every slot"),
        /** There are more sessions than places; it was among those with the least interest. */
        NO_PLACE_LEFT("there are more sessions than places, and it had among the least interest"),
        /** Every slot in which its hosts are free had no free space big enough for it. */
        NO_SPACE_BIG_ENOUGH("no slot had a space big enough free while its hosts were free");

        private final String explanation;

        Reason(String explanation) {
            this.explanation = explanation;
        }

        /** The reason as a convenor reads it. */
        public String explanation() {
            return explanation;
        }
    }
}
