package org.commonground.core.summary;

/** Plain text: nothing is markup, so nothing needs escaping. */
final class PlainMarkup implements Markup {

    static final PlainMarkup INSTANCE = new PlainMarkup();

    @Override
    public String escape(String text) {
        return text;
    }

    @Override
    public String bold(String escaped) {
        return escaped;
    }

    @Override
    public String italic(String escaped) {
        return escaped;
    }
}
