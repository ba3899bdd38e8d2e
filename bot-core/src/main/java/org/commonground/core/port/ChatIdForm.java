package org.commonground.core.port;

import java.util.regex.Pattern;

/**
 * How a platform writes the id of a chat, so that a chat reference typed by a convenor is checked
 * when it is given rather than failing later, when the running bot tries to post there.
 *
 * @param form    the ids the platform takes
 * @param example a reference to show in the error, such as {@code discord:112233445566778899}
 * @param hint    where to find the id, in a few words
 */
public record ChatIdForm(Pattern form, String example, String hint) {

    public boolean accepts(String id) {
        return form.matcher(id).matches();
    }
}
