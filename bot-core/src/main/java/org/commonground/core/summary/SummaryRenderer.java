package org.commonground.core.summary;

import java.util.ArrayList;
import java.util.List;

import org.commonground.core.domain.TextFormat;
import org.commonground.core.port.Dialect;

/**
 * Writes a {@link Summary} in a platform's dialect. Every line stands alone (markup opened on a line
 * is closed on it), so the text can be split at any line boundary.
 */
public final class SummaryRenderer {

    /** Replies shown under "Also mentioned" before the rest are counted instead. */
    static final int ALSO_MENTIONED_SHOWN = 10;

    private SummaryRenderer() {
    }

    /** The whole summary as one text. */
    public static String render(Summary summary, TextFormat format) {
        return String.join("\n", lines(summary, Markup.of(format)));
    }

    /** The summary as the messages to post: each within the dialect's length limit. */
    public static List<String> messages(Summary summary, Dialect dialect) {
        return MessageSplitter.split(lines(summary, Markup.of(dialect.format())), dialect.maxLength());
    }

    static List<String> lines(Summary summary, Markup m) {
        List<String> lines = new ArrayList<>();
        lines.add(m.bold("What we heard") + " — " + m.italic(m.escape(summary.prompt())));
        if (summary.replies() == 0) {
            lines.add("No replies yet.");
            return lines;
        }
        lines.add(Counts.replies(summary.replies(), summary.people()) + ".");
        for (Summary.Section section : summary.sections()) {
            lines.add("");
            lines.add(m.bold(m.escape(section.heading())) + " · " + Counts.replies(section.replies(), section.people()));
            for (Summary.ThemeLine theme : section.themes()) {
                String similar = theme.similar() > 0 ? " (+" + theme.similar() + " similar)" : "";
                lines.add("• " + m.bold(m.escape(theme.label())) + ": " + quote(theme.quote(), m) + similar);
            }
            List<Summary.Quote> also = section.alsoMentioned();
            if (!also.isEmpty()) {
                // Under themes, single replies are "also mentioned"; alone, they are simply listed.
                String bullet = section.themes().isEmpty() ? "• " : "◦ ";
                if (!section.themes().isEmpty()) {
                    lines.add(m.italic("Also mentioned:"));
                }
                also.stream().limit(ALSO_MENTIONED_SHOWN).forEach(q -> lines.add(bullet + quote(q, m)));
                if (also.size() > ALSO_MENTIONED_SHOWN) {
                    lines.add(bullet + "and " + (also.size() - ALSO_MENTIONED_SHOWN) + " more");
                }
            }
        }
        lines.add("");
        lines.add("Thank you, everyone, for sharing.");
        return lines;
    }

    private static String quote(Summary.Quote quote, Markup m) {
        String credit = quote.credit() == null ? "" : " — " + m.escape(quote.credit());
        return "“" + m.escape(quote.text()) + "”" + credit;
    }
}
