package org.commonground.testkit.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The reactions Telegram allows: its standard emoji list (ReactionTypeEmoji), one at a time for a bot. */
final class Reactions {

    private static final String ZWJ = "\u200D";

    static final Set<String> STANDARD = Set.of("👍", "👎", "❤", "🔥", "🥰", "👏", "😁", "🤔", "🤯", "😱", "🤬", "😢",
            "🎉", "🤩", "🤮", "💩", "🙏", "👌", "🕊", "🤡", "🥱", "🥴", "😍", "🐳", "❤" + ZWJ + "🔥", "🌚", "🌭", "💯",
            "🤣", "⚡", "🍌", "🏆", "💔", "🤨", "😐", "🍓", "🍾", "💋", "🖕", "😈", "😴", "😭", "🤓", "👻",
            "👨" + ZWJ + "💻", "👀", "🎃", "🙈", "😇", "😨", "🤝", "✍", "🤗", "🫡", "🎅", "🎄", "☃", "💅", "🤪", "🗿",
            "🆒", "💘", "🙉", "🦄", "😘", "💊", "🙊", "😎", "👾", "🤷" + ZWJ + "♂", "🤷", "🤷" + ZWJ + "♀", "😡");

    private Reactions() {
    }

    /** The emoji of a setMessageReaction {@code reaction} list; an absent list takes the reaction back. */
    static List<String> read(JsonNode reaction) {
        List<String> emoji = new ArrayList<>();
        if (reaction == null) {
            return emoji;
        }
        for (JsonNode type : reaction) {
            String each = type.path("emoji").asText();
            if (!type.path("type").asText().equals("emoji") || !STANDARD.contains(each)) {
                throw ApiError.badRequest("REACTION_INVALID");
            }
            emoji.add(each);
        }
        if (emoji.size() > 1) {
            throw ApiError.badRequest("REACTIONS_TOO_MANY");
        }
        return emoji;
    }

    /** People react through their apps, which only offer allowed reactions. */
    static void requireStandard(List<String> emoji) {
        for (String each : emoji) {
            if (!STANDARD.contains(each)) {
                throw new IllegalArgumentException(each + " is not one of Telegram's standard reactions");
            }
        }
    }
}
