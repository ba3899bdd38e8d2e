package org.commonground.adapter.files;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.regex.Pattern;

/**
 * Reads the time a reply was written: an ISO-8601 instant or date-time (a time without an offset is
 * taken as UTC, as is a date alone), or milliseconds since 1970 as a Polis {@code timestamp} gives it.
 */
final class ReplyTimes {

    private static final Pattern EPOCH_MILLIS = Pattern.compile("\\d{1,15}");
    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (?=\\d)");

    private ReplyTimes() {
    }

    /** The instant; throws {@link DateTimeException} when the text is none of the accepted forms. */
    static Instant parse(String text) {
        if (EPOCH_MILLIS.matcher(text).matches()) {
            return Instant.ofEpochMilli(Long.parseLong(text));
        }
        // Spreadsheets write "2024-05-01 18:30:00"; ISO-8601 wants a T there.
        String iso = SPACE_BEFORE_TIME.matcher(text).replaceFirst("$1T");
        if (iso.indexOf('T') < 0) {
            return LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(iso);
        return parsed.query(TemporalQueries.zone()) != null
                ? ZonedDateTime.from(parsed).toInstant()
                : LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
    }
}
