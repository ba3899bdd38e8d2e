package org.commonground.core.port;

import java.util.List;

/**
 * Splits a reply into the content words that carry its topic, reduced to a key that forms of one
 * word share ("forms", "form's" and "form" meet), so that themes can be named by the words their
 * replies share.
 *
 * <p>Contract: stop words, numbers and punctuation are left out; terms come back in the order they
 * occur, repeats kept; the same text gives the same terms; safe to call from several threads.
 */
public interface TermAnalyzer {

    /**
     * One content word.
     *
     * @param key     what forms of the word share, such as a stem; compared, never shown
     * @param surface the word as written, lower-cased; what a label shows
     */
    record Term(String key, String surface) {
    }

    List<Term> terms(String text);
}
