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
}
