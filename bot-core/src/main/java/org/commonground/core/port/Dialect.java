package org.commonground.core.port;

import org.commonground.core.domain.TextFormat;

/**
 * How a platform reads message text: its markup and the longest message it takes.
 *
 * @param maxLength the longest text of one message, in characters, markup included
 */
public record Dialect(TextFormat format, int maxLength) {

    public static final Dialect PLAIN_TEXT = new Dialect(TextFormat.PLAIN, 4000);

    public Dialect {
        if (maxLength < 200) {
            throw new IllegalArgumentException("A message limit under 200 characters is not workable: " + maxLength);
        }
    }
}
