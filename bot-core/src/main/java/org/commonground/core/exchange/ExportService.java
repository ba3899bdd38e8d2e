package org.commonground.core.exchange;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.commonground.core.domain.Member;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.port.MemberStore;
import org.commonground.core.summary.SummaryService;
import org.commonground.core.summary.SummaryService.Collated;

/** Exports a round, freshly collated, to a file. Authors are numbers unless they chose to be credited. */
public final class ExportService {

    private final SummaryService summaries;
    private final MemberStore members;
    private final ExchangeWriter writer;

    public ExportService(SummaryService summaries, MemberStore members, ExchangeWriter writer) {
        this.summaries = summaries;
        this.members = members;
        this.writer = writer;
    }

    /** Writes the round; returns how many replies were written. */
    public int export(long roundId, ExportFormat format, Path out) {
        Collated collated = summaries.collate(roundId);
        Map<MemberRef, Integer> numbers = new HashMap<>();
        Map<MemberRef, Optional<String>> credits = new HashMap<>();
        List<RoundExport.Reply> replies = collated.contributions().stream()
                .map(c -> new RoundExport.Reply(c.id(), c.text(),
                        numbers.computeIfAbsent(c.author(), a -> numbers.size()),
                        credits.computeIfAbsent(c.author(), a -> members.find(a).filter(Member::credited)
                                .map(Member::displayName).filter(name -> !name.isBlank())).orElse(null),
                        c.category(), c.confirmed(), c.themeId(), c.createdAt()))
                .toList();
        writer.writeRound(out, format, new RoundExport(collated.round(), replies, collated.themes()));
        return replies.size();
    }
}
