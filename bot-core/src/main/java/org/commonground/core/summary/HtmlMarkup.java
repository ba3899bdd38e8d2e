package org.commonground.core.summary;

/** Telegram's HTML subset: only {@code &}, {@code <} and {@code >} need escaping in text. */
final class HtmlMarkup implements Markup {

    static final HtmlMarkup INSTANCE = new HtmlMarkup();

    @Override
    public String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String bold(String escaped) {
        return "<b>" + escaped + "</b>";
    }

    @Override
    public String italic(String escaped) {
        return "<i>" + escaped + "</i>";
    }
}
