package org.commonground.app;

import java.util.List;

import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Reads a command from words that are already split — the process's arguments, or the line the
 * interactive shell's reader split — so that quoting is exactly what the person typed. The grammar
 * is Spring Shell's: command and sub-commands, then {@code --option value}, {@code --option=value}
 * and arguments in any order, and everything after {@code --} as arguments.
 */
final class CommandLine {

    private CommandLine() {
    }

    static ParsedInput parse(List<String> words, CommandRegistry registry) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("No command given; `help` lists them.");
        }
        ParsedInput.Builder input = ParsedInput.builder().commandName(words.get(0));
        String name = words.get(0);
        int i = 1;
        while (i < words.size() && !words.get(i).startsWith("-")
                && !registry.getCommandsByPrefix(name + " " + words.get(i)).isEmpty()) {
            name += " " + words.get(i);
            input.addSubCommand(words.get(i++));
        }
        int argument = 0;
        boolean onlyArguments = false;
        for (; i < words.size(); i++) {
            String word = words.get(i);
            if (!onlyArguments && word.equals("--")) {
                onlyArguments = true;
            } else if (!onlyArguments && word.startsWith("-") && word.length() > 1) {
                String option = word.replaceFirst("^--?", "");
                int equals = option.indexOf('=');
                if (equals >= 0) {
                    input.addOption(option(word, option.substring(0, equals), option.substring(equals + 1)));
                } else if (option.equals("help") || option.equals("h")) {
                    input.addOption(option(word, option, "true"));
                } else if (i + 1 < words.size() && !words.get(i + 1).startsWith("--")) {
                    input.addOption(option(word, option, words.get(++i)));
                } else {
                    throw new IllegalArgumentException("Option " + word + " needs a value.");
                }
            } else {
                input.addArgument(new CommandArgument(argument++, word));
            }
        }
        return input.build();
    }

    private static CommandOption option(String word, String name, String value) {
        CommandOption.Builder option = CommandOption.with().value(value);
        return word.startsWith("--") || name.length() > 1
                ? option.longName(name).shortName(' ').build()
                : option.shortName(name.charAt(0)).longName("").build();
    }
}
