package org.commonground.core.summary;

/**
 * Discord's Markdown. Every character that starts formatting, a masked link, a heading, a quote or a
 * mention ({@code <@id>}) is backslash-escaped, and a zero-width space after "@" keeps
 * "@everyone" and "@here" from reading as mentions even where a client ignores allowed mentions.
 */
final class MarkdownMarkup implements Markup {

    static final MarkdownMarkup INSTANCE = new MarkdownMarkup();
    private static final String SPECIAL = "\\*_~`|>#-[]()<";

    @Override
    public String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
            if (c == '@') {
                out.append('\u200B');
            }
        }
        return out.toString();
    }

    @Override
    public String bold(String escaped) {
        return "**" + escaped + "**";
    }

    @Override
    public String italic(String escaped) {
        return "*" + escaped + "*";
    }
}
