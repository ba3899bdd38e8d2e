package org.commonground.core.openspace.harvest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.commonground.core.collate.Collation;
import org.commonground.core.collate.CollationContext;
import org.commonground.core.collate.CollationInput;
import org.commonground.core.domain.Category;
import org.commonground.core.intake.ReplyText;
import org.commonground.core.port.Collator;

/**
 * Collates hosts' notes: every point of every session goes through the same collator as a round's
 * replies, which tells obstacles from ideas and finds themes; points that commit someone to
 * something are actions. Themes found in more than one session are the harvest's common threads.
 */
public final class HarvestBuilder {

    static final int POINT_LENGTH = 200;
    static final int THEMES_SHOWN = 8;

    private final Collator collator;

    public HarvestBuilder(Collator collator) {
        this.collator = collator;
    }

    /** One session with its notes, as the harvest needs it. */
    public record SessionNotes(long sessionId, int number, String title, List<String> hosts, int interested,
                               List<String> notes) {
    }

    public HarvestSummary build(String name, long gatheringId, List<SessionNotes> sessions) {
        List<NotePoint> points = new ArrayList<>();
        Map<Long, Integer> numberOf = new HashMap<>();
        for (SessionNotes session : sessions) {
            numberOf.put(session.sessionId(), session.number());
            session.notes().forEach(text -> points.addAll(NotePoints.of(session.sessionId(), text)));
        }
        List<CollationInput> inputs = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            inputs.add(new CollationInput(String.valueOf(i), points.get(i).text(), null, fixed(points.get(i)), null));
        }
        Collation collation = collator.collate(inputs, new CollationContext(gatheringId));
        List<HarvestSummary.SessionPart> parts = new ArrayList<>();
        for (SessionNotes session : sessions) {
            Map<Kind, List<String>> byKind = new EnumMap<>(Kind.class);
            for (int i = 0; i < points.size(); i++) {
                NotePoint point = points.get(i);
                if (point.sessionId() == session.sessionId()) {
                    byKind.computeIfAbsent(kind(point, collation.placed().get(i).category()), k -> new ArrayList<>())
                            .add(capitalised(ReplyText.oneLine(point.text(), POINT_LENGTH)));
                }
            }
            parts.add(new HarvestSummary.SessionPart(session.number(), session.title(), session.hosts(),
                    session.interested(), byKind));
        }
        return new HarvestSummary(name, parts, crossThemes(collation, points, numberOf));
    }

    /** "a map of easy places" after "Idea:" reads as a point of its own: "A map of easy places". */
    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static Category fixed(NotePoint point) {
        if (point.marked() == null) {
            return null;
        }
        return point.marked() == Kind.OBSTACLE ? Category.OBSTACLE : Category.IDEA;
    }

    private static Kind kind(NotePoint point, Category category) {
        if (point.marked() != null) {
            return point.marked();
        }
        if (ActionCues.isAction(point.text())) {
            return Kind.ACTION;
        }
        return category == Category.OBSTACLE ? Kind.OBSTACLE : Kind.IDEA;
    }

    private static List<HarvestSummary.CrossTheme> crossThemes(Collation collation, List<NotePoint> points,
                                                               Map<Long, Integer> numberOf) {
        List<HarvestSummary.CrossTheme> themes = new ArrayList<>();
        for (Collation.ThemeDraft draft : collation.themes()) {
            TreeSet<Integer> sessions = new TreeSet<>();
            draft.keys().forEach(key -> sessions.add(numberOf.get(points.get(Integer.parseInt(key)).sessionId())));
            if (sessions.size() > 1) {
                String quote = points.get(Integer.parseInt(draft.quoteKey())).text();
                themes.add(new HarvestSummary.CrossTheme(draft.label(), List.copyOf(sessions),
                        ReplyText.oneLine(quote, POINT_LENGTH)));
            }
        }
        themes.sort((a, b) -> Integer.compare(b.sessions().size(), a.sessions().size()));
        return themes.subList(0, Math.min(THEMES_SHOWN, themes.size()));
    }
}
