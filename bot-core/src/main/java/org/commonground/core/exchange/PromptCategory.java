package org.commonground.core.exchange;

import java.util.Locale;
import java.util.regex.Pattern;

import org.commonground.core.domain.Category;

/**
 * Guesses which of the four questions a prompt asked, from the prompt's wording, so that replies
 * read from a file get the same prior as replies to a round.
 */
final class PromptCategory {

    private static final Pattern TARGET = Pattern.compile("persuade|convince|who (do|should|can|must)|influence");
    private static final Pattern OBSTACLE = Pattern.compile("in (our|the) way|stop(s|ping)? us|barrier|obstacle"
            + "|problem|hold(s|ing)? (us|you) back|difficult|hard");
    private static final Pattern IDEA = Pattern.compile("could (we|you) do|can (we|you) do|ideas?|what (should|can|could)"
            + " (we|you)|how (can|could|might|do) we|suggest");
    private static final Pattern VISION = Pattern.compile("matters?|want to see|change|hope|vision|dream|future"
            + "|important|good life|would you like");

    private PromptCategory() {
    }

    /** The category the prompt asks for, or {@code null} when it is absent or unclear. */
    static Category guess(String prompt) {
        if (prompt == null || prompt.isBlank()) {
            return null;
        }
        String text = prompt.toLowerCase(Locale.ROOT);
        if (TARGET.matcher(text).find()) {
            return Category.TARGET;
        }
        if (OBSTACLE.matcher(text).find()) {
            return Category.OBSTACLE;
        }
        if (IDEA.matcher(text).find()) {
            return Category.IDEA;
        }
        return VISION.matcher(text).find() ? Category.VISION : null;
    }
}
