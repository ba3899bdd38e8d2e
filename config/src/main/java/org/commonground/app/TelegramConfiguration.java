package org.commonground.app;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.commonground.adapter.telegram.TelegramChatPlatform;
import org.commonground.adapter.telegram.TelegramSettings;
import org.commonground.core.port.InboundLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Telegram, when a token is set ({@code COMMONGROUND_TELEGRAM_TOKEN}); the local room runs beside
 * it. Command-line properties are off, so the token never comes from, or shows in, a command line.
 */
@Configuration(proxyBeanMethods = false)
public class TelegramConfiguration {

    @Bean
    @ConditionalOnProperty("commonground.telegram.token")
    TelegramChatPlatform telegramChatPlatform(@Value("${commonground.telegram.token}") String token,
                                              @Value("${commonground.telegram.api-url}") URI apiUrl,
                                              @Value("${commonground.telegram.poll-timeout}") Duration pollTimeout,
                                              InboundLog inboundLog, Clock clock) {
        return new TelegramChatPlatform(new TelegramSettings(token, apiUrl, pollTimeout), inboundLog, clock);
    }
}
