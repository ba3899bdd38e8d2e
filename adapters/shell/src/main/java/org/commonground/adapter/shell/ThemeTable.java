package org.commonground.adapter.shell;

import java.util.List;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.Theme;
import org.commonground.core.summary.SummaryService.Collated;

/** A collated round's themes as a table: per heading, each theme's id, label, size and quote. */
final class ThemeTable {

    private ThemeTable() {
    }

    static String of(Collated collated) {
        if (collated.themes().isEmpty()) {
            return "No replies yet, so no themes.";
        }
        StringBuilder out = new StringBuilder();
        for (Category category : Category.values()) {
            List<Theme> inCategory = collated.themes().stream().filter(t -> t.category() == category).toList();
            if (inCategory.isEmpty()) {
                continue;
            }
            out.append(category.heading()).append('\n');
            for (Theme theme : inCategory) {
                String quote = collated.contributions().stream().filter(c -> c.id() == theme.quoteId())
                        .map(c -> Text.line(c.text(), 70)).findFirst().orElse("");
                out.append(String.format("  %-4s %-28s %3d  “%s”%n", theme.id(), Text.line(theme.label(), 28),
                        theme.size(), quote));
            }
        }
        return out.toString().stripTrailing();
    }
}
