package org.commonground.core.openspace;

import java.util.List;
import java.util.Set;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;

/** Keeps who asked to be reminded of their sessions, and which reminders are dealt with. */
public interface ReminderStore {

    /**
     * A member who asked for reminders.
     *
     * @param directChat the bot's direct conversation with them, when they asked from there; else null
     */
    record OptIn(MemberRef member, ChatRef directChat) {
    }

    /** Records that the member wants reminders in this open space; asking again updates the direct chat. */
    void optIn(long openSpaceId, MemberRef member, ChatRef directChat);

    /** Returns false if the member had not asked. */
    boolean optOut(long openSpaceId, MemberRef member);

    /** Who asked, in the order they asked. */
    List<OptIn> optedIn(long openSpaceId);

    /** The open spaces in which the member asked. */
    List<Long> openSpacesOf(MemberRef member);

    /** Records that the member's reminder for the slot was sent or cannot be; false if it was already. */
    boolean markDone(long openSpaceId, int slot, MemberRef member);

    /** The members whose reminder for the slot is dealt with. */
    Set<MemberRef> done(long openSpaceId, int slot);

    /** Forgets the member's requests and reminders everywhere; returns how many requests there were. */
    int forget(MemberRef member);
}
