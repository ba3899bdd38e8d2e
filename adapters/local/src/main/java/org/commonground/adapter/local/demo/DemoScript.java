package org.commonground.adapter.local.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonground.core.domain.Category;

/** The scripted gathering the demo replays, read from a small text format (see the script's header). */
final class DemoScript {

    sealed interface Step {
    }

    record OpenRound(Category category, String prompt) implements Step {
    }

    record Reply(String member, String text) implements Step {
    }

    record Say(String member, String text) implements Step {
    }

    record Edit(String member, String text) implements Step {
    }

    record Delete(String member) implements Step {
    }

    record CloseAndSummarise() implements Step {
    }

    private static final Pattern ROUND = Pattern.compile("round (\\w+) \\| (.+)");
    private static final Pattern EDIT = Pattern.compile("(\\w+) edits: (.+)");
    private static final Pattern DELETE = Pattern.compile("(\\w+) deletes");
    private static final Pattern SAY = Pattern.compile("(\\w+)> (.+)");
    private static final Pattern REPLY = Pattern.compile("(\\w+): (.+)");

    private DemoScript() {
    }

    static List<Step> load() {
        try (InputStream in = DemoScript.class.getResourceAsStream("gathering.txt")) {
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Step> parse(List<String> lines) {
        List<Step> steps = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m;
            if (line.equals("summary")) {
                steps.add(new CloseAndSummarise());
            } else if ((m = ROUND.matcher(line)).matches()) {
                steps.add(new OpenRound(Category.parse(m.group(1)), m.group(2)));
            } else if ((m = EDIT.matcher(line)).matches()) {
                steps.add(new Edit(m.group(1), m.group(2)));
            } else if ((m = DELETE.matcher(line)).matches()) {
                steps.add(new Delete(m.group(1)));
            } else if ((m = SAY.matcher(line)).matches()) {
                steps.add(new Say(m.group(1), m.group(2)));
            } else if ((m = REPLY.matcher(line)).matches()) {
                steps.add(new Reply(m.group(1), m.group(2)));
            } else {
                throw new IllegalArgumentException("Demo script line not understood: " + line);
            }
        }
        return steps;
    }
}
