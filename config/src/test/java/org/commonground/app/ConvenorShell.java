package org.commonground.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandRegistry;

/** Convenor commands typed into the running application's shell, each expected to succeed. */
public final class ConvenorShell {

    private final CommandRegistry registry;

    public ConvenorShell(CommandRegistry registry) {
        this.registry = registry;
    }

    /** Runs the command; fails the test with what it said unless it succeeded. Returns what it printed. */
    public String run(String... words) {
        Result result = attempt(words);
        assertThat(result.status()).as(String.join(" ", words) + "\n" + result.err()).isZero();
        return result.out();
    }

    /** Runs the command, whatever comes of it. */
    public Result attempt(String... words) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new CommandRunner(registry).run(List.of(words), new PrintWriter(out), new PrintWriter(err),
                new InputReader() {
                });
        return new Result(status, out.toString().strip(), err.toString().strip());
    }

    public record Result(int status, String out, String err) {
    }
}
