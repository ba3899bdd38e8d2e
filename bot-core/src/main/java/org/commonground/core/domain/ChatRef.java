package org.commonground.core.domain;

/**
 * A chat on some platform: a Telegram group, a Discord channel, a direct conversation or a local room.
 * Written {@code platform:id}, for example {@code telegram:-1001234567890} or {@code local:main}.
 * The id is opaque: only the platform's adapter gives it meaning.
 */
public record ChatRef(String platform, String id) {

    public ChatRef {
        PlatformRef.check(platform, id, "chat reference");
    }

    /** Parses {@code platform:id}; throws {@link IllegalArgumentException} with a readable message. */
    public static ChatRef parse(String text) {
        String[] parts = PlatformRef.split(text, "chat reference");
        return new ChatRef(parts[0], parts[1]);
    }

    @Override
    public String toString() {
        return platform + ":" + id;
    }
}
