package org.commonground.core.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.Contribution;
import org.commonground.core.domain.Member;
import org.commonground.core.domain.Theme;
import org.commonground.core.intake.ReplyText;
import org.commonground.core.port.MemberStore;
import org.commonground.core.summary.SummaryService.Collated;

/**
 * Builds the summary of a collated round: per category, the themes with a quote each, and the replies
 * that stand alone under "Also mentioned". Members are quoted anonymously unless they opted in.
 */
public final class SummaryBuilder {

    /** The longest quote, in characters; longer replies are shortened at a word. */
    static final int QUOTE_LENGTH = 160;
    static final int PROMPT_LENGTH = 300;

    private final MemberStore members;

    public SummaryBuilder(MemberStore members) {
        this.members = members;
    }

    public Summary build(Collated collated) {
        Map<Long, Contribution> byId = new HashMap<>();
        collated.contributions().forEach(c -> byId.put(c.id(), c));
        Map<Object, String> credits = new HashMap<>();
        List<Summary.Section> sections = new ArrayList<>();
        for (Category category : Category.values()) {
            List<Contribution> inCategory = collated.contributions().stream()
                    .filter(c -> c.category() == category).toList();
            if (inCategory.isEmpty()) {
                continue;
            }
            List<Summary.ThemeLine> lines = new ArrayList<>();
            List<Summary.Quote> alone = new ArrayList<>();
            for (Theme theme : collated.themes()) {
                List<Contribution> themed = theme.contributionIds().stream().map(byId::get)
                        .filter(Objects::nonNull).filter(c -> c.category() == category).toList();
                if (themed.isEmpty()) {
                    continue;
                }
                Contribution quoted = byId.getOrDefault(theme.quoteId(), themed.get(0));
                Summary.Quote quote = quote(quoted, credits);
                if (themed.size() > 1) {
                    lines.add(new Summary.ThemeLine(theme.label(), quote, themed.size() - 1));
                } else {
                    alone.add(quote);
                }
            }
            lines.sort((a, b) -> Integer.compare(b.similar(), a.similar()));
            sections.add(new Summary.Section(category, inCategory.size(), people(inCategory), lines, alone));
        }
        return new Summary(collated.round().id(), ReplyText.oneLine(collated.round().prompt(), PROMPT_LENGTH),
                collated.contributions().size(), people(collated.contributions()), sections);
    }

    private Summary.Quote quote(Contribution contribution, Map<Object, String> credits) {
        String credit = credits.computeIfAbsent(contribution.author(), author -> members.find(contribution.author())
                .filter(Member::credited).map(Member::displayName).orElse(""));
        return new Summary.Quote(ReplyText.oneLine(contribution.text(), QUOTE_LENGTH),
                credit.isEmpty() ? null : credit);
    }

    private static int people(List<Contribution> contributions) {
        return (int) contributions.stream().map(Contribution::author).distinct().count();
    }
}
