package org.commonground.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandRegistry;

/** Convenor commands typed as a one-off command line, for tests in other packages: what they print. */
public final class ConvenorConsole {

    private final CommandRegistry registry;

    public ConvenorConsole(CommandRegistry registry) {
        this.registry = registry;
    }

    /** What a command did: its exit status (0 when it ran) and what it printed. */
    public record Result(int status, String out, String err) {

        public boolean ran() {
            return status == CommandRunner.OK;
        }
    }

    public Result run(String... words) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new CommandRunner(registry).run(List.of(words), new PrintWriter(out), new PrintWriter(err),
                new InputReader() {
                });
        return new Result(status, out.toString().strip(), err.toString().strip());
    }
}
