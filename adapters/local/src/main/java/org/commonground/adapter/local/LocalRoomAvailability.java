package org.commonground.adapter.local;

import org.springframework.shell.core.command.availability.Availability;
import org.springframework.shell.core.command.availability.AvailabilityProvider;
import org.springframework.stereotype.Component;

/** The local room's commands work only where the room runs: inside the bot's own shell. */
@Component(LocalRoomCommands.AVAILABLE)
public class LocalRoomAvailability implements AvailabilityProvider {

    private final LocalChatPlatform room;

    public LocalRoomAvailability(LocalChatPlatform room) {
        this.room = room;
    }

    @Override
    public Availability get() {
        return room.running() ? Availability.available()
                : Availability.unavailable("the local room lives in the bot's own shell: start it with ./commonground");
    }
}
