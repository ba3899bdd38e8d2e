package org.commonground.core.port;

import java.util.List;
import java.util.Optional;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Gathering;

/** Keeps the gatherings: sets of chats that take part together. */
public interface GatheringStore {

    /**
     * The gathering of exactly these chats (in any order), created with {@code name} if there is none.
     * Calling it twice with the same chats gives the same gathering.
     */
    Gathering findOrCreate(List<ChatRef> chats, String name);

    Optional<Gathering> find(long id);
}
