package org.commonground.core.openspace;

import java.util.List;

import org.commonground.core.domain.ChatRef;

/** Keeps which bot message is each session's card in each chat, and which version of it the card shows. */
public interface CardStore {

    /** Records the card queued for the chat as outbox message {@code postId}, showing {@code version}. */
    void add(long sessionId, ChatRef chat, long postId, long version);

    /** The cards that show an older version than their session's, oldest session first. */
    List<Card> stale();

    /** Records that an edit bringing the card to {@code version} is queued as outbox message {@code editId}. */
    void edited(long sessionId, ChatRef chat, long version, long editId);

    /** Forgets a card that could not be posted, so that it is not brought up to date in vain. */
    void drop(long sessionId, ChatRef chat);

    /** The session's cards, one per chat. */
    List<Card> of(long sessionId);
}
