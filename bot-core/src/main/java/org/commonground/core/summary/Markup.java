package org.commonground.core.summary;

import org.commonground.core.domain.TextFormat;

/**
 * Writes text in one platform dialect. {@link #escape} makes any user text show literally, so that
 * markup, links and mentions in members' replies stay harmless; the other methods wrap text that is
 * already escaped.
 */
public interface Markup {

    String escape(String text);

    String bold(String escaped);

    String italic(String escaped);

    static Markup of(TextFormat format) {
        return switch (format) {
            case PLAIN -> PlainMarkup.INSTANCE;
            case MARKDOWN -> MarkdownMarkup.INSTANCE;
            case HTML -> HtmlMarkup.INSTANCE;
        };
    }
}
