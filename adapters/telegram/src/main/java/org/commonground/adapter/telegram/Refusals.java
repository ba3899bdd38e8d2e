package org.commonground.adapter.telegram;

import java.time.Duration;

import org.commonground.core.port.DeliveryException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** What a failed Bot API call means for the outbox: wait as asked, try again later, or give up. */
final class Refusals {

    static final String NOT_MODIFIED = "message is not modified";

    private Refusals() {
    }

    /** The error code the Bot API answered with; 0 when no answer came (a network fault). */
    static int code(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException) {
            Integer code = ((TelegramApiRequestException) e).getErrorCode();
            return code == null ? 0 : code;
        }
        return 0;
    }

    /** The supergroup a group became, when that is why the call failed; null otherwise. */
    static Long migratedTo(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException && ((TelegramApiRequestException) e).getParameters() != null) {
            return ((TelegramApiRequestException) e).getParameters().getMigrateToChatId();
        }
        return null;
    }

    /** A refusal that names the request's address keeps the token out. */
    static DeliveryException of(TelegramApiException e, TelegramSettings settings) {
        int code = code(e);
        String reason = settings.redact(e.getMessage());
        if (code == 429) {
            return DeliveryException.rateLimited(retryAfter(e));
        }
        // 413: an upload larger than the server takes; sending it again cannot help.
        if (code == 400 || code == 403 || code == 413) {
            return DeliveryException.permanent(reason);
        }
        // 401 and 404 mean a token or server that is wrong now; fixing the setting must not lose messages.
        return DeliveryException.transientFailure(reason, null);
    }

    /** How long a 429 asked us to wait: its retry_after, and at least a second. */
    static Duration retryAfter(TelegramApiException e) {
        TelegramApiRequestException request = (TelegramApiRequestException) e;
        Integer seconds = request.getParameters() == null ? null : request.getParameters().getRetryAfter();
        return Duration.ofSeconds(seconds == null ? 1 : Math.max(1, seconds));
    }
}
