package org.commonground.core.outbox;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.port.ChatIdForm;
import org.commonground.core.port.Dialect;

/**
 * The dialect of each platform, known even to a process that does not connect to it, so that a
 * one-off command can write a message ready for the running bot to deliver; and how each platform
 * writes its chat ids, so that a mistyped chat is refused when it is given.
 */
public final class Dialects {

    private final Map<String, Dialect> byPlatform;
    private final Map<String, ChatIdForm> chatIds;

    public Dialects(Map<String, Dialect> byPlatform) {
        this(byPlatform, Map.of());
    }

    /** @param chatIds the form of each platform's chat ids; a platform without one takes any id */
    public Dialects(Map<String, Dialect> byPlatform, Map<String, ChatIdForm> chatIds) {
        this.byPlatform = Map.copyOf(byPlatform);
        this.chatIds = Map.copyOf(chatIds);
    }

    /** The chat's platform dialect; plain text for a platform nobody described. */
    public Dialect of(ChatRef chat) {
        return byPlatform.getOrDefault(chat.platform(), Dialect.PLAIN_TEXT);
    }

    public boolean knows(String platform) {
        return byPlatform.containsKey(platform);
    }

    public Set<String> platforms() {
        return byPlatform.keySet();
    }

    /**
     * Refuses, with a line that says how to write it, a chat on a platform the bot does not know or
     * with an id its platform would not take.
     */
    public void check(ChatRef chat) {
        if (!knows(chat.platform())) {
            throw new IllegalArgumentException("'" + chat + "' is on no platform I know: chats are written "
                    + new TreeSet<>(byPlatform.keySet()).stream().map(this::example)
                    .collect(Collectors.joining(", ")) + ".");
        }
        ChatIdForm form = chatIds.get(chat.platform());
        if (form != null && !form.accepts(chat.id())) {
            throw new IllegalArgumentException("'" + chat + "' is not a " + chat.platform() + " chat: write it like "
                    + form.example() + " (" + form.hint() + ").");
        }
    }

    private String example(String platform) {
        ChatIdForm form = chatIds.get(platform);
        return form == null ? platform + ":<id>" : form.example();
    }
}
