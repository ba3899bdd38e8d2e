package org.commonground.adapter.shell;

import java.util.List;

import org.commonground.core.domain.Chat;
import org.commonground.core.status.StatusService;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/** How the bot is doing, and which chats it knows. */
@Component
public class StatusCommands {

    private final StatusService status;

    public StatusCommands(StatusService status) {
        this.status = status;
    }

    @Command(name = "status", group = "Bot", description = "Is the bot running, and is anything waiting to go out?")
    public String status() {
        StatusService.Status s = status.status();
        return String.join("\n",
                "Bot:      " + (s.botRunning() ? "running (last heartbeat " + Text.when(s.lastHeartbeat()) + ")"
                        : s.lastHeartbeat() == null ? "not running" : "not running since " + Text.when(s.lastHeartbeat())),
                "Rounds:   " + s.openRounds() + " open of " + s.rounds(),
                "Chats:    " + s.chats(),
                "Outbox:   " + s.pending() + " waiting to be sent, " + s.failed() + " refused by a platform");
    }

    @Command(name = "chats", group = "Bot", description = "List the chats the bot has seen or posted to.")
    public String chats() {
        List<Chat> all = status.chats();
        if (all.isEmpty()) {
            return "No chats yet. The local room is local:main; add the bot to a Telegram group or Discord server "
                    + "to see those here.";
        }
        StringBuilder out = new StringBuilder(String.format("%-34s %-16s %s%n", "CHAT", "LAST SEEN", "TITLE"));
        all.forEach(c -> out.append(String.format("%-34s %-16s %s%n", c.ref(), Text.when(c.lastSeen()),
                c.title() == null ? "" : Text.line(c.title(), 40))));
        return out.toString().stripTrailing();
    }
}
