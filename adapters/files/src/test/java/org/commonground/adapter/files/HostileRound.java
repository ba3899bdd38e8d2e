package org.commonground.adapter.files;

import java.time.Instant;
import java.util.List;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Round;
import org.commonground.core.domain.RoundStatus;
import org.commonground.core.domain.Theme;
import org.commonground.core.exchange.RoundExport;

/** A round whose replies try their hardest to break an export. */
final class HostileRound {

    static final String MARKUP = "@everyone <b>click</b> [x](http://evil)";
    static final String FORMULA = "=HYPERLINK(\"http://evil\",\"click\")";
    static final String EMOJI_QUOTES_LINES = "We want \"real\" say 🙂👍🏽\nnot a form, a conversation";
    static final String BLOCKS = "# not a heading\n1. not a list\n- nor this\n> nor a quote";
    static final String MINUS = "-1 for more forms";
    static final String HOSTILE_CREDIT = "=Sam [admin](http://evil)";
    static final Instant CREATED = Instant.parse("2024-05-01T18:30:00Z");

    private HostileRound() {
    }

    static RoundExport export() {
        Round round = new Round(7, 1, List.of(new ChatRef("local", "main")), "What is in our way? <i>honestly</i>",
                Category.OBSTACLE, RoundStatus.CLOSED, CREATED.minusSeconds(3600), null, CREATED.plusSeconds(3600));
        List<RoundExport.Reply> replies = List.of(
                new RoundExport.Reply(11, MARKUP, 0, null, Category.OBSTACLE, false, "t1", CREATED),
                new RoundExport.Reply(12, FORMULA, 1, HOSTILE_CREDIT, Category.OBSTACLE, true, "t1",
                        CREATED.plusSeconds(60)),
                new RoundExport.Reply(13, EMOJI_QUOTES_LINES, 0, null, Category.IDEA, false, "t2", null),
                new RoundExport.Reply(14, BLOCKS, 2, "Ana", Category.VISION, false, "t3", CREATED),
                new RoundExport.Reply(15, MINUS, 3, null, Category.OBSTACLE, false, null, CREATED));
        List<Theme> themes = List.of(
                new Theme("t2", 7, Category.IDEA, "a conversation", List.of(13L), 13),
                new Theme("t1", 7, Category.OBSTACLE, "forms <script>", List.of(11L, 12L), 12),
                new Theme("t3", 7, Category.VISION, "# say", List.of(14L), 14));
        return new RoundExport(round, replies, themes);
    }
}
