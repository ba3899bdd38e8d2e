package org.commonground.testkit.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Telegram's HTML parse mode: its tag subset, its four named character references plus numeric
 * ones, and the exact reasons its server gives for refusing a text.
 */
final class HtmlMarkup extends MarkupParser {

    private static final Set<String> TAGS = Set.of("a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins",
            "tg-spoiler", "tg-emoji", "span", "pre", "code", "blockquote");

    private final Deque<OpenTag> open = new ArrayDeque<>();
    private boolean decodedSurrogate;

    private record OpenTag(String name, String argument, int offset) {
    }

    private HtmlMarkup(String source) {
        super(source);
    }

    static FormattedText parse(String source) {
        return new HtmlMarkup(source).run();
    }

    private FormattedText run() {
        while (pos < source.length()) {
            char c = source.charAt(pos);
            CharacterReference reference = c == '&' ? CharacterReference.at(source, pos) : null;
            if (reference != null) {
                decodedSurrogate |= reference.codePoint() >= Character.MIN_SURROGATE
                        && reference.codePoint() <= Character.MAX_SURROGATE;
                text.appendCodePoint(reference.codePoint());
                pos = reference.end();
            } else if (c != '<') {
                text.append(c);
                pos++;
            } else if (at(pos + 1) == '/') {
                closeTag();
            } else {
                openTag();
            }
        }
        if (!open.isEmpty()) {
            throw new MarkupError("Can't find end tag corresponding to start tag \"" + open.peek().name() + "\"");
        }
        if (decodedSurrogate) {
            throw new MarkupError("Text contains invalid Unicode characters after decoding HTML entities,"
                    + " check for unmatched surrogate code units");
        }
        entities.replaceAll(HtmlEntities::withoutStrayLanguage);
        return result();
    }

    private void openTag() {
        int begin = pos++;
        while (!isSpace(at(pos)) && at(pos) != '>') {
            pos++;
        }
        if (pos >= source.length()) {
            throw new MarkupError("Unclosed start tag" + atByte(begin));
        }
        String name = source.substring(begin + 1, pos).toLowerCase(Locale.ROOT);
        if (!TAGS.contains(name)) {
            throw new MarkupError("Unsupported start tag \"" + name + "\"" + atByte(begin));
        }
        String argument = "";
        while (at(pos) != '>') {
            skipSpaces();
            if (at(pos) == '>') {
                break;
            }
            int nameStart = pos;
            while (!isSpace(at(pos)) && at(pos) != '=' && at(pos) != '>') {
                pos++;
            }
            String attribute = source.substring(nameStart, pos);
            if (attribute.isEmpty()) {
                throw new MarkupError("Empty attribute name in the tag \"" + name + "\"" + atByte(begin));
            }
            skipSpaces();
            if (at(pos) != '=') {
                if (name.equals("blockquote") && attribute.equals("expandable")) {
                    argument = attribute;
                    continue;
                }
                throw new MarkupError("Expected equal sign in declaration of an attribute of the tag \"" + name + "\""
                        + atByte(begin));
            }
            pos++;
            skipSpaces();
            if (pos >= source.length()) {
                throw new MarkupError("Unclosed start tag \"" + name + "\"" + atByte(begin));
            }
            String value = attributeValue();
            if (pos >= source.length()) {
                throw new MarkupError("Unclosed start tag" + atByte(begin));
            }
            argument = argumentOf(name, attribute, value, argument);
        }
        pos++;
        if (name.equals("span") && !argument.equals("spoiler")) {
            throw new MarkupError("Tag \"span\" must have class \"tg-spoiler\"" + atByte(begin));
        }
        open.push(new OpenTag(name, argument, text.length()));
    }

    private static String argumentOf(String tag, String attribute, String value, String current) {
        if (tag.equals("a") && attribute.equals("href") || tag.equals("tg-emoji") && attribute.equals("emoji-id")) {
            return value;
        }
        if (tag.equals("code") && attribute.equals("class") && value.startsWith("language-")) {
            return value.substring("language-".length());
        }
        if (tag.equals("span") && attribute.equals("class") && value.startsWith("tg-")) {
            return value.substring("tg-".length());
        }
        return current;
    }

    private String attributeValue() {
        char quote = source.charAt(pos);
        if (quote != '"' && quote != '\'') {
            int token = pos;
            while (isAsciiLetterOrDigit(at(pos)) || at(pos) == '.' || at(pos) == '-') {
                pos++;
            }
            if (!isSpace(at(pos)) && at(pos) != '>') {
                throw new MarkupError("Unexpected end of name token" + atByte(token));
            }
            return source.substring(token, pos).toLowerCase(Locale.ROOT);
        }
        StringBuilder value = new StringBuilder();
        pos++;
        while (pos < source.length() && source.charAt(pos) != quote) {
            CharacterReference reference = source.charAt(pos) == '&' ? CharacterReference.at(source, pos) : null;
            if (reference != null) {
                value.appendCodePoint(reference.codePoint());
                pos = reference.end();
            } else {
                value.append(source.charAt(pos++));
            }
        }
        if (pos < source.length()) {
            pos++;
        }
        return value.toString();
    }

    private void closeTag() {
        int begin = pos;
        if (open.isEmpty()) {
            throw new MarkupError("Unexpected end tag" + atByte(begin));
        }
        pos += 2;
        while (!isSpace(at(pos)) && at(pos) != '>') {
            pos++;
        }
        String name = source.substring(begin + 2, pos).toLowerCase(Locale.ROOT);
        skipSpaces();
        if (at(pos) != '>') {
            throw new MarkupError("Unclosed end tag" + atByte(begin));
        }
        pos++;
        OpenTag tag = open.pop();
        if (!name.isEmpty() && !name.equals(tag.name())) {
            throw new MarkupError("Unmatched end tag" + atByte(begin) + ", expected \"</" + tag.name()
                    + ">\", found \"</" + name + ">\"");
        }
        if (text.length() > tag.offset()) {
            HtmlEntities.add(entities, tag.name(), tag.argument(), tag.offset(), text.length() - tag.offset(),
                    text.substring(tag.offset()));
        }
    }

    private void skipSpaces() {
        while (pos < source.length() && isSpace(source.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
