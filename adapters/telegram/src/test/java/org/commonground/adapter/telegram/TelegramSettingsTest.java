package org.commonground.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class TelegramSettingsTest {

    static final String TOKEN = "7000000001:AAFakeTelegramTokenForTests";

    @Test
    void theTokenNamesTheBotAndNeverShows() {
        TelegramSettings settings = new TelegramSettings(TOKEN, URI.create("http://127.0.0.1:8081"), Duration.ofSeconds(5));

        assertThat(settings.botId()).isEqualTo(7000000001L);
        assertThat(settings.toString()).doesNotContain("AAFake").contains("7000000001", "127.0.0.1:8081");
        assertThat(settings.redact("POST /bot" + TOKEN + "/sendMessage")).isEqualTo("POST /bot<token>/sendMessage");
        assertThat(settings.telegramUrl().getPort()).isEqualTo(8081);
        assertThat(new TelegramSettings(TOKEN, TelegramSettings.TELEGRAM, Duration.ZERO).telegramUrl().getPort())
                .isEqualTo(443);
    }

    @Test
    void aMistakeIsSaidWithoutTheToken() {
        assertThatThrownBy(() -> new TelegramSettings("not-a-token-AAFakeSecret", TelegramSettings.TELEGRAM, Duration.ZERO))
                .hasMessageContaining("BotFather").hasMessageNotContaining("AAFakeSecret");
        assertThatThrownBy(() -> new TelegramSettings(TOKEN, URI.create("https://example.org/proxy/"), Duration.ZERO))
                .hasMessageContaining("no path");
        assertThatThrownBy(() -> new TelegramSettings(TOKEN, TelegramSettings.TELEGRAM, Duration.ofMinutes(2)))
                .hasMessageContaining("0 to 50 seconds");
    }
}
