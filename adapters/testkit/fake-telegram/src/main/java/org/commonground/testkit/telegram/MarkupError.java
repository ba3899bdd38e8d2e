package org.commonground.testkit.telegram;

/** Why a parse_mode parser rejected a text, worded as Telegram words it after "can't parse entities: ". */
final class MarkupError extends RuntimeException {

    MarkupError(String reason) {
        super(reason, null, false, false);
    }
}
