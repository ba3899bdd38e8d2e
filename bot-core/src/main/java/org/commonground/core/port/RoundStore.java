package org.commonground.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Round;

/** Keeps rounds. */
public interface RoundStore {

    /**
     * Stores a new open round and gives it an id.
     *
     * @param category {@code null} for an open prompt
     * @param closesAt {@code null} when the round stays open until a convenor closes it
     */
    Round create(long gatheringId, List<ChatRef> chats, String prompt, Category category, Instant openedAt,
                 Instant closesAt);

    Optional<Round> find(long id);

    /** All rounds, newest first. */
    List<Round> list();

    /** The open rounds that include this chat, newest first. */
    List<Round> openIn(ChatRef chat);

    /** Open rounds whose closing time is at or before {@code now}. */
    List<Round> dueToClose(Instant now);

    /** Marks the round closed at {@code at}; returns false if it was not open. */
    boolean close(long id, Instant at);
}
