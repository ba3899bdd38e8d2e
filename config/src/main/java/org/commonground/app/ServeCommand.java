package org.commonground.app;

import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/**
 * {@code serve} is a way to start the process ({@code ./commonground serve}); inside the shell the bot
 * is already running, and the command says so.
 */
@Component
public class ServeCommand {

    @Command(name = "serve", group = "Bot", description = "Run the bot without a shell: ./commonground serve")
    public String serve() {
        return "This shell is already running the bot. To run it without a shell, start ./commonground serve.";
    }
}
