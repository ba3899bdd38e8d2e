package org.commonground.testkit.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telegram's MarkdownV2 parse mode: its entity syntax, the characters it reserves (which must be
 * escaped with a backslash anywhere else), and the reasons its server gives for refusing a text.
 */
final class MarkdownV2Markup extends MarkupParser {

    private static final String RESERVED = "_*[]()~`>#+-=|{}.!\n";
    private static final Pattern EMOJI_URL = Pattern.compile("tg://emoji\\?id=([1-9]\\d{0,18})");

    private record Open(MarkdownV2Kind kind, String argument, int offset, int start) {
    }

    private final Deque<Open> open = new ArrayDeque<>();
    private boolean inBlockquote;

    private MarkdownV2Markup(String source) {
        super(source);
    }

    static FormattedText parse(String source) {
        return new MarkdownV2Markup(source).run();
    }

    private FormattedText run() {
        for (pos = 0; pos < source.length(); pos++) {
            char c = source.charAt(pos);
            if (c == '\\' && isEscapable(at(pos + 1))) {
                text.append(source.charAt(++pos));
                continue;
            }
            String reserved = !open.isEmpty() && open.peek().kind().isCode() ? "`" : RESERVED;
            if (reserved.indexOf(c) < 0) {
                text.append(c);
            } else if (!open.isEmpty() && endsEntity(c)) {
                closeEntity(c);
            } else {
                openEntity(c);
            }
        }
        if (inBlockquote && open.peek().kind() == MarkdownV2Kind.BLOCKQUOTE) {
            addEntity(open.pop(), "");
        }
        if (!open.isEmpty()) {
            throw cantFindEnd(open.peek());
        }
        return result();
    }

    private static boolean isEscapable(char c) {
        return c > 0 && c <= 126;
    }

    private boolean endsEntity(char c) {
        if (inBlockquote && c == '\n' && at(pos + 1) != '>') {
            return true;
        }
        return open.peek().kind().closesAt(c, at(pos + 1), at(pos + 2));
    }

    private void openEntity(char c) {
        int start = pos;
        MarkdownV2Kind kind;
        String argument = "";
        if (c == '_') {
            kind = at(pos + 1) == '_' ? MarkdownV2Kind.UNDERLINE : MarkdownV2Kind.ITALIC;
            pos += kind == MarkdownV2Kind.UNDERLINE ? 1 : 0;
        } else if (c == '*' || c == '~' || c == '[') {
            kind = c == '*' ? MarkdownV2Kind.BOLD : c == '~' ? MarkdownV2Kind.STRIKETHROUGH : MarkdownV2Kind.TEXT_URL;
        } else if (c == '|' && at(pos + 1) == '|' || c == '!' && at(pos + 1) == '[') {
            kind = c == '|' ? MarkdownV2Kind.SPOILER : MarkdownV2Kind.CUSTOM_EMOJI;
            pos++;
        } else if (c == '`' && at(pos + 1) == '`' && at(pos + 2) == '`') {
            pos += 3;
            argument = preLanguage();
            kind = argument.isEmpty() ? MarkdownV2Kind.PRE : MarkdownV2Kind.PRE_CODE;
            pos--;
        } else if (c == '`') {
            kind = MarkdownV2Kind.CODE;
        } else if (c == '\n') {
            lineBreak();
            return;
        } else if (c == '>' && pos == 0) {
            kind = MarkdownV2Kind.BLOCKQUOTE;
            inBlockquote = true;
        } else {
            throw new MarkupError("Character '" + c + "' is reserved and must be escaped with the preceding '\\'");
        }
        open.push(new Open(kind, argument, text.length(), start));
    }

    /** A line break outside any quote; one followed by '>' starts a quote, or goes on with the open one. */
    private void lineBreak() {
        text.append('\n');
        if (at(pos + 1) != '>') {
            return;
        }
        pos++;
        if (!inBlockquote) {
            inBlockquote = true;
            open.push(new Open(MarkdownV2Kind.BLOCKQUOTE, "", text.length(), pos));
        }
    }

    private void closeEntity(char c) {
        Open entity = open.peek();
        if (c == '\n' && entity.kind() != MarkdownV2Kind.BLOCKQUOTE) {
            throw cantFindEnd(entity);
        }
        boolean empty = text.length() == entity.offset();
        String argument = entity.argument();
        switch (entity.kind()) {
            case UNDERLINE:
            case SPOILER:
                pos++;
                break;
            case PRE:
            case PRE_CODE:
                pos += 2;
                break;
            case TEXT_URL:
                argument = linkTarget(entity);
                empty |= argument.isEmpty();
                break;
            case CUSTOM_EMOJI:
                argument = customEmojiId();
                break;
            case BLOCKQUOTE:
                inBlockquote = false;
                text.append(c);
                break;
            default:
                break;
        }
        open.pop();
        if (!empty) {
            addEntity(entity, argument);
        }
    }

    private void addEntity(Open entity, String argument) {
        int length = text.length() - entity.offset();
        if (length == 0) {
            return;
        }
        switch (entity.kind()) {
            case TEXT_URL:
                entities.add(new Entity("text_link", entity.offset(), length, "url", argument));
                break;
            case PRE_CODE:
                entities.add(new Entity("pre", entity.offset(), length, "language", argument));
                break;
            case CUSTOM_EMOJI:
                entities.add(new Entity("custom_emoji", entity.offset(), length, "custom_emoji_id", argument));
                break;
            default:
                entities.add(Entity.of(entity.kind().apiType(), entity.offset(), length));
        }
    }

    /** The URL in "(...)" after the closing ']', or the link's own text when there is none. */
    private String linkTarget(Open link) {
        if (at(pos + 1) != '(') {
            return text.substring(link.offset());
        }
        pos += 2;
        int begin = pos;
        String url = untilClosingParenthesis();
        if (at(pos) != ')') {
            throw new MarkupError("Can't find end of a URL" + atByte(begin));
        }
        return url;
    }

    private String customEmojiId() {
        if (at(pos + 1) != '(') {
            throw new MarkupError("Custom emoji entity must contain a tg://emoji URL");
        }
        pos += 2;
        int begin = pos;
        String url = untilClosingParenthesis();
        if (at(pos) != ')') {
            throw new MarkupError("Can't find end of a custom emoji URL" + atByte(begin));
        }
        Matcher id = EMOJI_URL.matcher(url);
        if (!id.matches()) {
            throw new MarkupError("Invalid custom emoji identifier specified");
        }
        return id.group(1);
    }

    private String untilClosingParenthesis() {
        StringBuilder url = new StringBuilder();
        while (pos < source.length() && source.charAt(pos) != ')') {
            if (source.charAt(pos) == '\\' && isEscapable(at(pos + 1))) {
                url.append(source.charAt(pos + 1));
                pos += 2;
            } else {
                url.append(source.charAt(pos++));
            }
        }
        return url.toString();
    }

    private MarkupError cantFindEnd(Open entity) {
        return new MarkupError("Can't find end of " + entity.kind().serverName() + " entity" + atByte(entity.start()));
    }
}
