package org.commonground.app;

import java.util.List;
import java.util.logging.Logger;

import org.commonground.CommonGround.Console;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.stereotype.Component;

/**
 * What the process does once the application is up: the interactive shell, nothing while the bot
 * serves, or one command whose status becomes the process's exit status.
 */
@Component
public class ConsoleRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger LOG = Logger.getLogger(ConsoleRunner.class.getName());

    private final LaunchMode mode;
    private final CommandRegistry registry;
    private final ObjectProvider<Console> console;
    private final ObjectProvider<InteractiveShell> shell;
    private int exitCode;

    public ConsoleRunner(LaunchMode mode, CommandRegistry registry, ObjectProvider<Console> console,
                         ObjectProvider<InteractiveShell> shell) {
        this.mode = mode;
        this.registry = registry;
        this.console = console;
        this.shell = shell;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        switch (mode) {
            case INTERACTIVE -> shell.getObject().run();
            case SERVE -> LOG.info("Common Ground is serving. Stop it with Ctrl-C or SIGTERM.");
            default -> {
                Console io = console.getIfAvailable();
                if (io == null) {
                    return; // started by a test, not by the launcher: nothing to run
                }
                exitCode = new CommandRunner(registry).run(List.of(arguments.getSourceArgs()), io.out(), io.err(),
                        new InputReader() {
                        });
            }
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
