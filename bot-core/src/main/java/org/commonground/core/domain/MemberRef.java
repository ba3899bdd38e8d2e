package org.commonground.core.domain;

/** A person on some platform, written {@code platform:userId}; the id is opaque to the core. */
public record MemberRef(String platform, String id) {

    public MemberRef {
        PlatformRef.check(platform, id, "member reference");
    }

    /** Parses {@code platform:userId}; throws {@link IllegalArgumentException} with a readable message. */
    public static MemberRef parse(String text) {
        String[] parts = PlatformRef.split(text, "member reference");
        return new MemberRef(parts[0], parts[1]);
    }

    @Override
    public String toString() {
        return platform + ":" + id;
    }
}
