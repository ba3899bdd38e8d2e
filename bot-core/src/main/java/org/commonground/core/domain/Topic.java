package org.commonground.core.domain;

/**
 * What a bot message is about, kept with it in the outbox so that replies and button presses on the
 * delivered message find their way back: {@code round:12} for a round's prompt, {@code summary:12}
 * for its summary, {@code ask:57} for the category question about contribution 57,
 * {@code session:8} for the card of open-space session 8, {@code agenda:3} and {@code harvest:3} for
 * the agenda and the harvest of open space 3.
 */
public record Topic(String kind, long id) {

    public static final String ROUND = "round";
    public static final String ASK = "ask";
    public static final String SUMMARY = "summary";
    public static final String SESSION = "session";
    public static final String AGENDA = "agenda";
    public static final String HARVEST = "harvest";

    public Topic {
        if (kind == null || !kind.matches("[a-z]{1,20}")) {
            throw new IllegalArgumentException("Bad topic kind: " + kind);
        }
    }

    public static Topic round(long roundId) {
        return new Topic(ROUND, roundId);
    }

    public static Topic summary(long roundId) {
        return new Topic(SUMMARY, roundId);
    }

    public static Topic ask(long contributionId) {
        return new Topic(ASK, contributionId);
    }

    public static Topic session(long sessionId) {
        return new Topic(SESSION, sessionId);
    }

    public static Topic agenda(long openSpaceId) {
        return new Topic(AGENDA, openSpaceId);
    }

    public static Topic harvest(long openSpaceId) {
        return new Topic(HARVEST, openSpaceId);
    }

    /** Parses {@code kind:id}; returns {@code null} for text that is not a topic. */
    public static Topic parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        int colon = text.indexOf(':');
        if (colon < 1) {
            return null;
        }
        try {
            return new Topic(text.substring(0, colon), Long.parseLong(text.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean is(String expectedKind) {
        return kind.equals(expectedKind);
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
