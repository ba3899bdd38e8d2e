package org.commonground.adapter.files;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.commonground.core.exchange.RoundExport;

/**
 * A round as a Polis {@code comments.csv}, so that Polis tooling reads it: every reply accepted
 * ({@code moderated} 1) and without votes. The round's own facts follow as extra columns at the end,
 * {@code category}, {@code theme} and {@code credit}, which that tooling passes over.
 */
final class RoundCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader("timestamp", "datetime", "comment-id", "author-id", "agrees", "disagrees", "moderated",
                    "comment-body", "category", "theme", "credit")
            .get();
    /** Polis writes the time as JavaScript's Date does; here always in UTC. */
    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss zzz yyyy", Locale.ENGLISH).withZone(ZoneId.of("UTC"));
    /** What a spreadsheet takes as the start of a formula (OWASP's list for CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private RoundCsv() {
    }

    static void write(Writer out, RoundExport export) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, FORMAT);
        for (RoundExport.Reply reply : export.replies()) {
            Instant created = reply.created();
            csv.printRecord(created == null ? null : created.toEpochMilli(),
                    created == null ? null : DATETIME.format(created),
                    reply.id(), reply.authorNumber(), 0, 0, 1, inert(reply.text()),
                    reply.category() == null ? null : reply.category().name(), reply.themeId(), inert(reply.credit()));
        }
        csv.flush();
    }

    /** The text as a cell no spreadsheet runs as a formula: one that would start one gets a leading quote. */
    static String inert(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
