package org.commonground.testkit.telegram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the three parse modes share: the source, the plain text and entities being built, and a
 * reader that sees the end of the source as a NUL, as Telegram's C++ parsers do, so that their
 * look-ahead rules (and so their error messages) come out the same.
 */
abstract class MarkupParser {

    protected final String source;
    protected final StringBuilder text = new StringBuilder();
    protected final List<Entity> entities = new ArrayList<>();
    protected int pos;

    protected MarkupParser(String source) {
        this.source = source;
    }

    protected final char at(int index) {
        return index < source.length() ? source.charAt(index) : 0;
    }

    /** Telegram's notion of white space, which counts the end of the text as space too. */
    protected static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0 || c == 0x0B;
    }

    /** Telegram reports positions as byte offsets into the UTF-8 text it was sent. */
    protected final String atByte(int index) {
        return " at byte offset " + source.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
    }

    /** After an opening ```: an optional language up to white space, then one line break, both passed over. */
    protected final String preLanguage() {
        int end = pos;
        while (!isSpace(at(end)) && at(end) != '`') {
            end++;
        }
        String language = "";
        if (end != pos && end < source.length() && at(end) != '`') {
            language = source.substring(pos, end);
            pos = end;
        }
        char first = at(pos);
        if (first == '\n' || first == '\r') {
            char second = at(pos + 1);
            pos += (second == '\n' || second == '\r') && second != first ? 2 : 1;
        }
        return language;
    }

    protected final FormattedText result() {
        return new FormattedText(text.toString(), entities);
    }
}
