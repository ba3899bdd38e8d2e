package org.commonground.core.exchange;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads replies from a file a convenor brings: a CSV with a header row and a {@code text} column
 * (optional {@code author}, {@code prompt}, {@code category}, {@code created}), or a Polis
 * {@code comments.csv} as it is.
 */
public interface ReplyFileReader {

    /**
     * Reads every data row, in file order.
     *
     * @throws IllegalArgumentException with one clear line when the file is missing, unreadable, not
     *                                  UTF-8, has no text column, a row cannot be parsed, or two rows
     *                                  share an id (naming the row and the line it starts on)
     */
    List<ReplyRow> read(Path file);
}
