package org.commonground.app;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import org.commonground.adapter.local.LocalChatPlatform;
import org.commonground.adapter.local.LocalRoomListener;
import org.jline.reader.LineReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The local room, shown where a person can see it: above the prompt of the interactive shell, or in
 * the log of a headless bot. The demo prints its own summaries, so there the room stays quiet.
 */
@Configuration(proxyBeanMethods = false)
public class LocalRoomConfiguration {

    private static final Logger LOG = Logger.getLogger("org.commonground.local");

    @Bean
    LocalChatPlatform localChatPlatform(LaunchMode mode, Clock clock, ObjectProvider<LineReader> reader,
                                        @Value("${commonground.local.admins:convenor}") Set<String> admins) {
        LocalRoomListener listener = switch (mode) {
            case INTERACTIVE -> line -> reader.getObject().printAbove(line);
            case SERVE -> LOG::info;
            default -> line -> LOG.fine(line);
        };
        return new LocalChatPlatform(admins, clock, List.of(listener));
    }
}
