package org.commonground.adapter.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * Speaking as members in a local room, from the interactive shell: the way to try every flow without
 * a token. What the room shows is printed as it happens; what the bot says to one member alone is
 * printed as the command's result.
 */
@Component
public class LocalRoomCommands {

    static final String GROUP = "Local room";
    static final String AVAILABLE = "localRoomAvailability";

    private final LocalChatPlatform room;

    public LocalRoomCommands(LocalChatPlatform room) {
        this.room = room;
    }

    @Command(name = "say", group = GROUP, availabilityProvider = AVAILABLE,
            description = "Post in a local room as a member; start with / for a command such as /share.",
            help = "say --as NAME [--room main] TEXT\n  e.g. say --as alice /share more time with friends")
    public String say(@Option(longName = "as", required = true, description = "the member's name") String as,
                      @Option(longName = "room", defaultValue = "main", description = "the room") String roomName,
                      @Arguments List<String> text) {
        return result(as, room.say(roomName, as, join(text)));
    }

    @Command(name = "reply", group = GROUP, availabilityProvider = AVAILABLE,
            description = "Reply to a message in a local room as a member (replying to a question answers it).",
            help = "reply --as NAME --to MESSAGE [--room main] TEXT\n  e.g. reply --as bob --to 1 \"my own front door\"")
    public String reply(@Option(longName = "as", required = true, description = "the member's name") String as,
                        @Option(longName = "to", required = true, description = "the message number, like 1")
                        String to,
                        @Option(longName = "room", defaultValue = "main", description = "the room") String roomName,
                        @Arguments List<String> text) {
        return result(as, room.reply(roomName, as, to, join(text)));
    }

    @Command(name = "edit", group = GROUP, availabilityProvider = AVAILABLE,
            description = "Change the text of one of a member's messages.",
            help = "edit --as NAME --message MESSAGE [--room main] TEXT")
    public String edit(@Option(longName = "as", required = true, description = "the member's name") String as,
                       @Option(longName = "message", required = true, description = "the message number") String message,
                       @Option(longName = "room", defaultValue = "main", description = "the room") String roomName,
                       @Arguments List<String> text) {
        return result(as, room.edit(roomName, as, message, join(text)));
    }

    @Command(name = "delete", group = GROUP, availabilityProvider = AVAILABLE,
            description = "Delete one of a member's messages.", help = "delete --as NAME --message MESSAGE [--room main]")
    public String delete(@Option(longName = "as", required = true, description = "the member's name") String as,
                         @Option(longName = "message", required = true, description = "the message number")
                         String message,
                         @Option(longName = "room", defaultValue = "main", description = "the room") String roomName) {
        return result(as, room.delete(roomName, as, message));
    }

    @Command(name = "press", group = GROUP, availabilityProvider = AVAILABLE,
            description = "Tap one of the numbered choices under a bot message, as a member.",
            help = "press --as NAME --message MESSAGE --choice N [--room main]")
    public String press(@Option(longName = "as", required = true, description = "the member's name") String as,
                        @Option(longName = "message", required = true, description = "the message number")
                        String message,
                        @Option(longName = "choice", required = true, description = "the choice's number") String choice,
                        @Option(longName = "room", defaultValue = "main", description = "the room") String roomName) {
        int number;
        try {
            number = Integer.parseInt(choice.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + choice + "' is not a choice number; write it like 2.");
        }
        return result(as, room.press(roomName, as, message, number));
    }

    @Command(name = "dm", group = GROUP, availabilityProvider = AVAILABLE,
            description = "Write to the bot directly, as a member.", help = "dm --as NAME TEXT")
    public String dm(@Option(longName = "as", required = true, description = "the member's name") String as,
                     @Arguments List<String> text) {
        return result(as, room.direct(as, join(text)));
    }

    @Command(name = "picture", group = GROUP, availabilityProvider = AVAILABLE,
            description = "Save a picture the bot posted in a local room, such as the agenda, as a PNG file.",
            help = "picture --message MESSAGE --out FILE [--room main]\n  e.g. picture --message 14 --out agenda.png")
    public String picture(@Option(longName = "message", required = true, description = "the message number")
                          String message,
                          @Option(longName = "out", required = true, description = "the PNG file to write") String out,
                          @Option(longName = "room", defaultValue = "main", description = "the room") String roomName) {
        byte[] png = room.picture(roomName, message);
        try {
            Files.write(Path.of(out), png);
        } catch (IOException e) {
            throw new IllegalArgumentException("Could not write " + out + ": " + e.getMessage());
        }
        return "Saved the picture (" + LocalTranscript.kilobytes(png.length) + " KB) to " + out + ".";
    }

    @Command(name = "room", group = GROUP, availabilityProvider = AVAILABLE,
            description = "Show a local room's messages so far.", help = "room [--room main]")
    public String show(@Option(longName = "room", defaultValue = "main", description = "the room") String roomName) {
        List<LocalMessage> messages = room.transcript(roomName);
        if (messages.isEmpty()) {
            return "local:" + roomName + " is empty. Open a round there: round open --chat local:" + roomName
                    + " --prompt \"What matters to you?\"";
        }
        StringBuilder out = new StringBuilder();
        for (LocalMessage message : messages) {
            LocalTranscript.lines("local:" + roomName, message, id -> messages.stream().filter(m -> m.id().equals(id))
                    .map(m -> String.valueOf(m.number())).findFirst().orElse("?"))
                    .forEach(line -> out.append(line).append('\n'));
        }
        return out.toString().stripTrailing();
    }

    private static String join(List<String> words) {
        return words == null ? "" : String.join(" ", words);
    }

    private static String result(String member, LocalChatPlatform.Spoken spoken) {
        return spoken.note().map(note -> "(only " + member + " sees this) " + note).orElse(null);
    }
}
