package org.commonground.core.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.commonground.core.collate.CollationContext;
import org.commonground.core.collate.Placement;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.domain.Round;
import org.commonground.core.intake.ReplyText;
import org.commonground.core.port.Collator;
import org.commonground.core.port.ContributionStore;
import org.commonground.core.port.RoundStore;
import org.commonground.core.port.Transactions;

/**
 * Adds replies from a file to a round, such as the notes of a session held in a room. Each row is
 * keyed by the file's name and the row's id, so importing the same file again adds nothing twice.
 * The file is read whole before anything is stored, and stored in one transaction: a bad file
 * changes nothing.
 */
public final class ImportService {

    private final ReplyFileReader reader;
    private final RoundStore rounds;
    private final ContributionStore contributions;
    private final Collator collator;
    private final Transactions transactions;
    private final Clock clock;

    public ImportService(ReplyFileReader reader, RoundStore rounds, ContributionStore contributions, Collator collator,
                         Transactions transactions, Clock clock) {
        this.reader = reader;
        this.rounds = rounds;
        this.contributions = contributions;
        this.collator = collator;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What an import did. */
    public record Imported(int added, int alreadyThere, int empty) {
    }

    public Imported importFile(long roundId, Path file) {
        Round round = rounds.find(roundId).orElseThrow(() -> new IllegalArgumentException(
                "There is no round " + roundId + ". `round list` shows the rounds."));
        List<ReplyRow> rows = reader.read(file);
        ChatRef source = new ChatRef("import", safeId(file.getFileName().toString()));
        return transactions.inTransaction(() -> {
            int added = 0;
            int already = 0;
            int empty = 0;
            for (ReplyRow row : rows) {
                String text = ReplyText.clean(row.text());
                if (text.isEmpty()) {
                    empty++;
                    continue;
                }
                String author = row.author() == null || row.author().isBlank() ? "row-" + row.id() : row.author();
                Placement placement = collator.place(text, round.category(), new CollationContext(round.gatheringId()));
                var stored = contributions.add(roundId, source, row.id(), new MemberRef("import", safeId(author)), text,
                        placement, row.created() != null ? row.created() : clock.instant());
                if (stored.isEmpty()) {
                    already++;
                    continue;
                }
                if (row.category() != null) {
                    contributions.updateCategory(stored.get().id(), row.category(), 1.0, true);
                }
                added++;
            }
            return new Imported(added, already, empty);
        });
    }

    /** The text as an id platforms would accept: no spaces, nothing odd, at most 100 characters. */
    static String safeId(String text) {
        String id = text.strip().replaceAll("[^A-Za-z0-9._-]+", "-");
        id = id.replaceAll("^[-.]+", "");
        if (id.isEmpty()) {
            id = "file";
        }
        return id.length() > 100 ? id.substring(0, 100) : id;
    }
}
