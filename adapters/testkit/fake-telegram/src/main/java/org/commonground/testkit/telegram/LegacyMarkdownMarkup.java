package org.commonground.testkit.telegram;

/**
 * Telegram's legacy Markdown parse mode: {@code *bold*}, {@code _italic_}, {@code `code`},
 * {@code ```pre```} and {@code [text](url)}, none nested, with only those four characters escapable.
 */
final class LegacyMarkdownMarkup extends MarkupParser {

    private static final String MARKERS = "_*`[";

    private LegacyMarkdownMarkup(String source) {
        super(source);
    }

    static FormattedText parse(String source) {
        return new LegacyMarkdownMarkup(source).run();
    }

    private FormattedText run() {
        for (pos = 0; pos < source.length(); pos++) {
            char c = source.charAt(pos);
            if (c == '\\' && MARKERS.indexOf(at(pos + 1)) >= 0) {
                text.append(source.charAt(++pos));
            } else if (MARKERS.indexOf(c) < 0) {
                text.append(c);
            } else {
                entity(c);
            }
        }
        return result();
    }

    private void entity(char marker) {
        int begin = pos++;
        boolean pre = marker == '`' && at(pos) == '`' && at(pos + 1) == '`';
        String language = "";
        if (pre) {
            pos += 2;
            language = preLanguage();
        }
        char end = marker == '[' ? ']' : marker;
        int offset = text.length();
        while (pos < source.length() && (source.charAt(pos) != end || pre && !(at(pos + 1) == '`' && at(pos + 2) == '`'))) {
            text.append(source.charAt(pos++));
        }
        if (pos == source.length()) {
            throw new MarkupError("Can't find end of the entity starting" + atByte(begin));
        }
        int length = text.length() - offset;
        if (length > 0) {
            entities.add(entityOf(marker, pre, language, begin, offset, length));
        }
        pos += pre ? 2 : 0;
    }

    private Entity entityOf(char marker, boolean pre, String language, int begin, int offset, int length) {
        switch (marker) {
            case '_':
                return Entity.of("italic", offset, length);
            case '*':
                return Entity.of("bold", offset, length);
            case '[':
                return new Entity("text_link", offset, length, "url", linkTarget(begin));
            default:
                if (!pre) {
                    return Entity.of("code", offset, length);
                }
                return language.isEmpty() ? Entity.of("pre", offset, length)
                        : new Entity("pre", offset, length, "language", language);
        }
    }

    /** The URL in "(...)" right after the ']', or the link's own text when there is none. */
    private String linkTarget(int begin) {
        if (at(pos + 1) != '(') {
            return source.substring(begin + 1, pos);
        }
        int close = pos + 2;
        while (close < source.length() && source.charAt(close) != ')') {
            close++;
        }
        String url = source.substring(pos + 2, close);
        pos = close;
        return url;
    }
}
