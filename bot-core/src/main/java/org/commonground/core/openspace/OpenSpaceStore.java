package org.commonground.core.openspace;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.commonground.core.domain.ChatRef;

/** Keeps open spaces: their set-up, their phase and their agenda. */
public interface OpenSpaceStore {

    /** Stores a new open space in {@link Phase#DRAFT} and gives it an id. */
    OpenSpace create(long gatheringId, String name, List<ChatRef> chats, ZoneId zone, List<Slot> slots,
                     List<Space> spaces, Instant at);

    Optional<OpenSpace> find(long id);

    /** All open spaces, newest first. */
    List<OpenSpace> list();

    /** The open spaces that include the chat and are not closed, newest first. */
    List<OpenSpace> activeIn(ChatRef chat);

    void setPhase(long id, Phase phase);

    /** Replaces the slots and spaces; the agenda, which refers to them by position, is kept. */
    void setLayout(long id, List<Slot> slots, List<Space> spaces);

    /** Replaces the agenda. */
    void saveAgenda(long id, List<Booking> bookings);

    /** The agenda, by slot and then space; empty before scheduling. */
    List<Booking> agenda(long id);
}
