package org.commonground.core.outbox;

import java.util.Map;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.port.Dialect;

/**
 * The dialect of each platform, known even to a process that does not connect to it, so that a
 * one-off command can write a message ready for the running bot to deliver.
 */
public final class Dialects {

    private final Map<String, Dialect> byPlatform;

    public Dialects(Map<String, Dialect> byPlatform) {
        this.byPlatform = Map.copyOf(byPlatform);
    }

    /** The chat's platform dialect; plain text for a platform nobody described. */
    public Dialect of(ChatRef chat) {
        return byPlatform.getOrDefault(chat.platform(), Dialect.PLAIN_TEXT);
    }

    public boolean knows(String platform) {
        return byPlatform.containsKey(platform);
    }

    public java.util.Set<String> platforms() {
        return byPlatform.keySet();
    }
}
