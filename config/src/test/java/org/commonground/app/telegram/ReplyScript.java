package org.commonground.app.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The replies of a busy round, the same every run: pairs of replies that share two made-up words
 * (so the summary has many themes, and runs past one Telegram message), hostile markup, and replies
 * near Telegram's own length limit. Which replies are later edited, and to what, is part of it.
 */
final class ReplyScript {

    static final List<String> HOSTILE = List.of(
            "<b>bold</b> & <script>alert(1)</script> for the garden",
            "@everyone </i> [x](http://evil) &amp; &lt; the allotment",
            "<a href=\"tg://user?id=1\">tap me</a> swimming on Sundays",
            "<i>unclosed italics and a lone & for the choir",
            "&#128512; &nbsp; <pre>code</pre> <tg-spoiler>cinema</tg-spoiler>");

    private static final String CONSONANTS = "bdfgklmnprstvz";
    private static final String VOWELS = "aeiou";

    private final Random random = new Random(20261123);

    /** {@code count} replies in the order they are sent. */
    List<String> replies(int count) {
        List<String> replies = new ArrayList<>();
        for (int i = 0; replies.size() < count; i++) {
            if (i % 20 == 7) {
                replies.add(HOSTILE.get(replies.size() % HOSTILE.size()));
            } else if (i % 50 == 13) {
                replies.add(longReply());
            } else {
                String first = word();
                String second = word();
                replies.add("the " + first + " and the " + second + " on a sunny morning");
                if (replies.size() < count) {
                    replies.add("more " + second + " with " + first + " at the weekend");
                }
            }
        }
        return replies;
    }

    /** What reply {@code index} is edited to. */
    static String edited(String original) {
        return original + " (edited: and music in the park)";
    }

    private String longReply() {
        StringBuilder text = new StringBuilder("A long story about our street. ");
        while (text.length() < 4090) {
            text.append(word()).append(' ');
        }
        return text.substring(0, 4090);
    }

    private String word() {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())))
                    .append(VOWELS.charAt(random.nextInt(VOWELS.length())));
        }
        return word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length()))).toString();
    }
}
