package org.commonground.core.outbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.port.ChatPlatform;

/** The platforms this process is connected to, by name, and what each of them can do. */
public final class Platforms {

    private final Map<String, ChatPlatform> byName = new LinkedHashMap<>();

    public Platforms(List<ChatPlatform> platforms) {
        for (ChatPlatform platform : platforms) {
            if (byName.put(platform.platform(), platform) != null) {
                throw new IllegalArgumentException("Two platforms named " + platform.platform());
            }
        }
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public List<ChatPlatform> all() {
        return List.copyOf(byName.values());
    }

    public Optional<ChatPlatform> of(ChatRef chat) {
        return Optional.ofNullable(byName.get(chat.platform()));
    }

    /** The chat's platform as the given capability, if it is connected here and has it. */
    public <T> Optional<T> capability(ChatRef chat, Class<T> capability) {
        return capability(chat.platform(), capability);
    }

    /** The named platform as the given capability, if it is connected here and has it. */
    public <T> Optional<T> capability(String platform, Class<T> capability) {
        return Optional.ofNullable(byName.get(platform)).filter(capability::isInstance).map(capability::cast);
    }
}
