package org.commonground.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.JLineInputReader;

/**
 * The convenor's interactive shell: JLine for editing, history and tab completion, our command
 * runner for a clear line on every error. The local rooms print above the prompt as they change.
 */
public final class InteractiveShell {

    static final String PROMPT = "commonground> ";

    private final LineReader reader;
    private final CommandRunner runner;

    public InteractiveShell(LineReader reader, CommandRegistry registry) {
        this.reader = reader;
        this.runner = new CommandRunner(registry);
    }

    public void run() {
        PrintWriter out = reader.getTerminal().writer();
        out.println("Common Ground is running. Try `demo`, or open a round in the local room:");
        out.println("  round open --chat local:main --prompt \"What matters to you?\" --category vision");
        out.println("  reply --as alice --to 1 \"getting back to the football with my mates\"");
        out.println("`help` lists every command; `exit` stops the bot.");
        while (true) {
            String line;
            try {
                line = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                return;
            }
            List<String> words = new ArrayList<>(reader.getParsedLine().words());
            words.removeIf(String::isEmpty);
            if (words.isEmpty()) {
                continue;
            }
            if (words.size() == 1 && (words.get(0).equals("exit") || words.get(0).equals("quit"))) {
                return;
            }
            runner.run(words, out, out, new JLineInputReader(reader));
            out.flush();
        }
    }
}
