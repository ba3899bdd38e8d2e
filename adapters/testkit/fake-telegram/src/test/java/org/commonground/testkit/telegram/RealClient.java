package org.commonground.testkit.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The real sending client pointed at a fake, and how tests read the refusals it raises. */
final class RealClient {

    private RealClient() {
    }

    static TelegramClient of(FakeTelegram telegram) {
        return new OkHttpTelegramClient(telegram.token(), new TelegramUrl("http", telegram.host(), telegram.port(), false));
    }

    static TelegramApiRequestException refusal(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(TelegramApiRequestException.class);
        return (TelegramApiRequestException) thrown;
    }
}
