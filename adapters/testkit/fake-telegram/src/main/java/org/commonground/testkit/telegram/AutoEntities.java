package org.commonground.testkit.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The entities Telegram finds by itself in what a person types: bot commands and @mentions. */
final class AutoEntities {

    private static final Pattern COMMAND = Pattern.compile(
            "(?<![\\p{L}\\p{N}_/<>])/[a-zA-Z0-9_]{1,64}(?:@[a-zA-Z0-9_]{3,32})?(?![\\p{L}\\p{N}_/<>])");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_])@[a-zA-Z0-9_]{2,32}(?![\\p{L}\\p{N}_])");

    private AutoEntities() {
    }

    static FormattedText in(String text) {
        List<Entity> entities = new ArrayList<>();
        find(COMMAND, "bot_command", text, entities);
        find(MENTION, "mention", text, entities);
        return new FormattedText(text, entities);
    }

    private static void find(Pattern pattern, String type, String text, List<Entity> entities) {
        Matcher match = pattern.matcher(text);
        while (match.find()) {
            entities.add(Entity.of(type, match.start(), match.end() - match.start()));
        }
    }
}
