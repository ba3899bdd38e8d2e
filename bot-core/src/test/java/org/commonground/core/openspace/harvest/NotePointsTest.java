package org.commonground.core.openspace.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NotePointsTest {

    @Test
    void linesBulletsAndSentencesArePointsAndMarkersGiveTheirKind() {
        List<NotePoint> points = NotePoints.of(7, """
                We met in the garden. Everyone had a story about the buses!
                - Idea: a map of easy places
                2) Barrier – no money for the hall
                Next steps:
                • Lena volunteered to call the council
                """);

        assertThat(points).containsExactly(
                new NotePoint(7, "We met in the garden.", null),
                new NotePoint(7, "Everyone had a story about the buses!", null),
                new NotePoint(7, "a map of easy places", Kind.IDEA),
                new NotePoint(7, "no money for the hall", Kind.OBSTACLE),
                new NotePoint(7, "Lena volunteered to call the council", Kind.ACTION));
    }

    @Test
    void commitmentsAndDeadlinesReadAsActionsButPlainStatementsDoNot() {
        assertThat(ActionCues.isAction("We'll write to the paper")).isTrue();
        assertThat(ActionCues.isAction("Sam agreed to book the room")).isTrue();
        assertThat(ActionCues.isAction("Draft the letter by next week")).isTrue();
        assertThat(ActionCues.isAction("This will help families")).isFalse();
        assertThat(ActionCues.isAction("The buses aren't accessible")).isFalse();
    }
}
