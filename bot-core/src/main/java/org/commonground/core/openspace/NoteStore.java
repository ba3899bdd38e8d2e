package org.commonground.core.openspace;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;

/** Keeps the notes hosts post about their sessions. */
public interface NoteStore {

    /**
     * Stores the notes once per message.
     *
     * @return the new notes, or empty if this chat and message id were taken before
     */
    Optional<Note> add(long sessionId, ChatRef chat, String messageId, MemberRef author, String text, Instant at);

    Optional<Note> findByMessage(ChatRef chat, String messageId);

    void updateText(long id, String text);

    void delete(long id);

    /** The notes of all sessions of the open space, oldest first. */
    List<Note> ofOpenSpace(long openSpaceId);

    /** The member's notes, everywhere, oldest first. */
    List<Note> byAuthor(MemberRef author);

    /** Deletes every note of the member; returns how many. */
    int deleteByAuthor(MemberRef author);
}
