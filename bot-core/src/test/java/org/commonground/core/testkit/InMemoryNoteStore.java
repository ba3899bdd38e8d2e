package org.commonground.core.testkit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.openspace.Note;
import org.commonground.core.openspace.NoteStore;

/** Session notes in memory; the notes of a deleted session go with it. */
public final class InMemoryNoteStore implements NoteStore {

    private final TreeMap<Long, Note> notes = new TreeMap<>();
    private final InMemorySessionStore sessions;
    private long nextId = 1;

    public InMemoryNoteStore(InMemorySessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public synchronized Optional<Note> add(long sessionId, ChatRef chat, String messageId, MemberRef author,
                                           String text, Instant at) {
        if (findByMessage(chat, messageId).isPresent()) {
            return Optional.empty();
        }
        Note note = new Note(nextId++, sessionId, chat, messageId, author, text, at);
        notes.put(note.id(), note);
        return Optional.of(note);
    }

    @Override
    public synchronized Optional<Note> findByMessage(ChatRef chat, String messageId) {
        return live().stream().filter(n -> n.chat().equals(chat) && n.messageId().equals(messageId)).findFirst();
    }

    @Override
    public synchronized void updateText(long id, String text) {
        notes.computeIfPresent(id, (k, n) -> new Note(n.id(), n.sessionId(), n.chat(), n.messageId(), n.author(), text,
                n.createdAt()));
    }

    @Override
    public synchronized void delete(long id) {
        notes.remove(id);
    }

    @Override
    public synchronized List<Note> ofOpenSpace(long openSpaceId) {
        return live().stream()
                .filter(n -> sessions.find(n.sessionId()).orElseThrow().openSpaceId() == openSpaceId).toList();
    }

    @Override
    public synchronized List<Note> byAuthor(MemberRef author) {
        return live().stream().filter(n -> n.author().equals(author)).toList();
    }

    @Override
    public synchronized int deleteByAuthor(MemberRef author) {
        List<Note> own = byAuthor(author);
        own.forEach(n -> notes.remove(n.id()));
        return own.size();
    }

    private List<Note> live() {
        return notes.values().stream().filter(n -> sessions.find(n.sessionId()).isPresent()).toList();
    }
}
