package org.commonground.adapter.files;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.Theme;
import org.commonground.core.exchange.RoundExport;

/**
 * A round as a Markdown document to read: the prompt, then a heading per category in the contract's
 * order, each theme with its replies as quotes, its quote first. Every reply appears once; any not
 * in a theme comes last. Members' words and names are escaped, so they show as written.
 */
final class RoundMarkdown {

    private RoundMarkdown() {
    }

    static void write(Writer out, RoundExport export) throws IOException {
        Map<Long, RoundExport.Reply> replies = new LinkedHashMap<>();
        export.replies().forEach(reply -> replies.put(reply.id(), reply));
        Set<Long> shown = new HashSet<>();
        out.write("# " + MarkdownText.inline(export.round().prompt()) + "\n\n");
        out.write("Round " + export.round().id() + " · " + replies(replies.size()) + "\n");
        for (Category category : Category.values()) {
            boolean headed = false;
            for (Theme theme : export.themes()) {
                List<RoundExport.Reply> quoted = theme.category() == category ? take(theme, replies, shown) : List.of();
                if (quoted.isEmpty()) {
                    continue;
                }
                if (!headed) {
                    out.write("\n## " + category.heading() + "\n");
                    headed = true;
                }
                out.write("\n### " + MarkdownText.inline(theme.label()) + " (" + replies(quoted.size()) + ")\n");
                writeQuotes(out, quoted);
            }
        }
        List<RoundExport.Reply> unsorted = replies.values().stream()
                .filter(reply -> !shown.contains(reply.id())).toList();
        if (!unsorted.isEmpty()) {
            out.write("\n## Not yet sorted\n");
            writeQuotes(out, unsorted);
        }
    }

    /** The theme's replies not shown yet, its quote first; from now on they count as shown. */
    private static List<RoundExport.Reply> take(Theme theme, Map<Long, RoundExport.Reply> replies, Set<Long> shown) {
        List<RoundExport.Reply> taken = new ArrayList<>();
        for (long id : QuoteOrder.of(theme.quoteId(), theme.contributionIds())) {
            RoundExport.Reply reply = replies.get(id);
            if (reply != null && shown.add(id)) {
                taken.add(reply);
            }
        }
        return taken;
    }

    private static void writeQuotes(Writer out, List<RoundExport.Reply> quoted) throws IOException {
        for (RoundExport.Reply reply : quoted) {
            out.write("\n" + MarkdownText.quote(reply.text()));
            if (reply.credit() != null) {
                out.write(">\n> — " + MarkdownText.inline(reply.credit()) + "\n");
            }
        }
    }

    private static String replies(int count) {
        return count + (count == 1 ? " reply" : " replies");
    }
}
