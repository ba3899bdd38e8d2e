package org.commonground.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutionException;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandNotFoundException;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Runs one command and turns whatever happens into an exit status and, on failure, one clear line.
 * A mistake the person can fix (an unknown id, a bad file) is said as it is; anything else is logged
 * in full and summarised.
 */
final class CommandRunner {

    private static final Logger LOG = Logger.getLogger(CommandRunner.class.getName());

    /** The command ran. */
    static final int OK = 0;
    /** The command was understood but could not be done: unknown id, bad file, refused input. */
    static final int FAILED = 1;
    /** The command line itself was wrong: no such command, a missing value. */
    static final int USAGE = 2;

    private final CommandRegistry registry;
    private final CommandExecutor executor;

    CommandRunner(CommandRegistry registry) {
        this.registry = registry;
        this.executor = new CommandExecutor(registry);
    }

    int run(List<String> words, PrintWriter out, PrintWriter err, InputReader input) {
        ParsedInput parsed;
        try {
            parsed = CommandLine.parse(words, registry);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return USAGE;
        }
        try {
            ExitStatus status = executor.execute(new CommandContext(parsed, registry, out, input));
            out.flush();
            return status.code() == ExitStatus.OK.code() ? OK : FAILED;
        } catch (CommandNotFoundException e) {
            err.println("There is no command '" + e.getCommandName() + "'. `help` lists them.");
            return USAGE;
        } catch (CommandExecutionException e) {
            return failed(e, err);
        } finally {
            err.flush();
        }
    }

    private static int failed(CommandExecutionException e, PrintWriter err) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
                err.println(cause.getMessage());
                return FAILED;
            }
        }
        LOG.log(Level.SEVERE, "Command failed", e);
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        err.println("Something went wrong: " + root + ". The details are in the log.");
        return FAILED;
    }
}
