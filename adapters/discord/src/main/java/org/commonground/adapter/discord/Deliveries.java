package org.commonground.adapter.discord;

import java.util.concurrent.CancellationException;
import java.util.concurrent.RejectedExecutionException;

import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import org.commonground.core.port.DeliveryException;

/**
 * Runs one request through JDA's rate limiter, which paces each route to Discord's buckets and waits
 * out a 429 itself, and says what a failure means for the outbox.
 */
final class Deliveries {

    private Deliveries() {
    }

    static <T> T complete(RestAction<T> action) throws DeliveryException {
        try {
            return action.complete();
        } catch (ErrorResponseException e) {
            if (e.isServerError()) {
                throw DeliveryException.transientFailure("Discord: " + e.getMeaning(), e);
            }
            throw DeliveryException.permanent("Discord refused it: " + e.getErrorCode() + " " + e.getMeaning());
        } catch (InsufficientPermissionException e) {
            throw DeliveryException.permanent("The bot lacks the permission " + e.getPermission().getName()
                    + " there");
        } catch (RejectedExecutionException | CancellationException e) {
            throw DeliveryException.transientFailure("Discord is not connected", e);
        }
    }

    /** The action, succeeding with {@code null} when the message it concerns is gone. */
    static <T> RestAction<T> unlessGone(RestAction<T> action) {
        return action.onErrorMap(e -> e instanceof ErrorResponseException error
                && error.getErrorResponse() == ErrorResponse.UNKNOWN_MESSAGE, e -> null);
    }
}
