package org.commonground.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.commonground.core.domain.Chat;
import org.commonground.core.domain.ChatRef;

/** Keeps the chats the bot has seen or been told about. */
public interface ChatStore {

    /** Records the chat with its title; a {@code null} title keeps the one already known. */
    void seen(ChatRef ref, String title, Instant at);

    Optional<Chat> find(ChatRef ref);

    /** All known chats, most recently seen first. */
    List<Chat> list();

    /**
     * Moves a chat to its new reference: its rounds, the places members spoke and the messages still
     * waiting in the outbox follow it; what was said before stays with the old reference. Moving
     * again changes nothing.
     *
     * @return how many rounds moved
     */
    int move(ChatRef from, ChatRef to, Instant at);
}
