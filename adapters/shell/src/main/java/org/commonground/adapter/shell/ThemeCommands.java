package org.commonground.adapter.shell;

import java.util.Arrays;
import java.util.List;

import org.commonground.core.theme.ThemeService;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * A convenor's corrections to a round's themes. Each is kept for the gathering and teaches the
 * collator; each prints the round's themes as they are afterwards.
 */
@Component
public class ThemeCommands {

    private final ThemeService themes;

    public ThemeCommands(ThemeService themes) {
        this.themes = themes;
    }

    @Command(name = "theme rename", group = "Replies", description = "Give a theme of a round a name.",
            help = "theme rename ROUND THEME --label TEXT\n  THEME is an id `themes ROUND` shows, such as t3. Later "
                    + "replies like it join it.", completionProvider = "convenorCompletions")
    public String rename(@Argument(index = 0, description = "the round's id") String round,
                         @Argument(index = 1, description = "the theme's id, such as t3") String theme,
                         @Option(longName = "label", required = true, description = "the theme's new name") String label) {
        return ThemeTable.of(themes.rename(Arguments.id(round, "round"), theme, label));
    }

    @Command(name = "theme merge", group = "Replies", description = "Put two themes of a round together.",
            help = "theme merge ROUND THEME OTHER [--label TEXT]\n  OTHER's replies join THEME, which keeps its name "
                    + "unless --label gives another.", completionProvider = "convenorCompletions")
    public String merge(@Argument(index = 0, description = "the round's id") String round,
                        @Argument(index = 1, description = "the theme to keep, such as t3") String theme,
                        @Argument(index = 2, description = "the theme to merge into it, such as t5") String other,
                        @Option(longName = "label", description = "a new name for the merged theme") String label) {
        return ThemeTable.of(themes.merge(Arguments.id(round, "round"), theme, other, label));
    }

    @Command(name = "theme split", group = "Replies", description = "Take some replies out of a theme into a new one.",
            help = "theme split ROUND THEME --replies ID[,ID…] [--label TEXT]\n  `contributions ROUND` shows each "
                    + "reply's id and theme.", completionProvider = "convenorCompletions")
    public String split(@Argument(index = 0, description = "the round's id") String round,
                        @Argument(index = 1, description = "the theme's id, such as t3") String theme,
                        @Option(longName = "replies", required = true, description = "the ids of the replies to take out")
                        String replies,
                        @Option(longName = "label", description = "a name for the new theme") String label) {
        List<Long> ids = Arrays.stream(replies.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(id -> Arguments.id(id, "contribution")).toList();
        return ThemeTable.of(themes.split(Arguments.id(round, "round"), theme, ids, label));
    }

    @Command(name = "theme move", group = "Replies", description = "Move a reply into another theme of its round.",
            help = "theme move ID --to THEME|new\n  The reply takes the theme's category; `new` gives it a theme "
                    + "of its own.", completionProvider = "convenorCompletions")
    public String move(@Argument(index = 0, description = "the reply's id") String id,
                       @Option(longName = "to", required = true, description = "a theme id such as t3, or new")
                       String theme) {
        return ThemeTable.of(themes.move(Arguments.id(id, "contribution"), theme));
    }
}
