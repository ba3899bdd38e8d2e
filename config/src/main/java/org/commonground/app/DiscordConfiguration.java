package org.commonground.app;

import java.time.Clock;

import org.commonground.adapter.discord.DiscordChatPlatform;
import org.commonground.adapter.discord.DiscordSettings;
import org.commonground.core.port.ContributionStore;
import org.commonground.core.port.OutboxStore;
import org.commonground.core.port.RoundStore;
import org.commonground.core.round.OpenPrompts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Discord, when a bot token is given ({@code COMMONGROUND_DISCORD_TOKEN}). The bean only holds the
 * settings; the bot connects when it starts, so a one-off command never does.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("commonground.discord.token")
public class DiscordConfiguration {

    @Bean
    DiscordChatPlatform discordChatPlatform(@Value("${commonground.discord.token}") String token,
                                            @Value("${commonground.discord.rest-url:}") String restUrl,
                                            @Value("${commonground.discord.gateway-url:}") String gatewayUrl,
                                            @Value("${commonground.discord.message-content:true}") boolean content,
                                            @Value("${commonground.discord.convenor-role:}") String convenorRole,
                                            RoundStore rounds, ContributionStore contributions, OutboxStore outbox,
                                            Clock clock) {
        return new DiscordChatPlatform(new DiscordSettings(token, restUrl, gatewayUrl, content, convenorRole),
                new OpenPrompts(rounds, contributions, outbox), clock);
    }
}
