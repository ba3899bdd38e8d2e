package org.commonground.core.testkit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.commonground.core.collate.Collation;
import org.commonground.core.collate.CollationContext;
import org.commonground.core.collate.CollationInput;
import org.commonground.core.domain.Category;
import org.commonground.core.port.Collator;
import org.commonground.core.testkit.LabelledCorpus.Reply;

/**
 * How well a collator agrees with the labelled corpus: each session is collated as one round, once
 * with its prompt's category and once as an open prompt.
 */
public final class CollationQuality {

    /**
     * The figures for one part of the corpus.
     *
     * @param withPrompt    the share of replies filed in the right category when the prompt is known
     * @param withoutPrompt the same for an open prompt
     * @param precision     per category, with the prompt
     * @param recall        per category, with the prompt
     * @param themes        adjusted Rand index of the themes against the facilitator's, with the prompt
     */
    public record Report(int replies, double withPrompt, double withoutPrompt, Map<Category, Double> precision,
                         Map<Category, Double> recall, double themes) {

        public String describe() {
            StringBuilder out = new StringBuilder(String.format("replies %d%ncategory accuracy with the prompt %.3f%n"
                    + "category accuracy without the prompt %.3f%n", replies, withPrompt, withoutPrompt));
            for (Category category : Category.values()) {
                out.append(String.format("  %-8s precision %.3f recall %.3f%n", category, precision.get(category),
                        recall.get(category)));
            }
            return out.append(String.format("theme agreement (adjusted Rand index) %.3f", themes)).toString();
        }
    }

    private CollationQuality() {
    }

    public static Report measure(Collator collator, Map<String, List<Reply>> sessions) {
        return measure(session -> collator, sessions);
    }

    /** @param collators the collator for each session, by its name */
    public static Report measure(Function<String, Collator> collators, Map<String, List<Reply>> sessions) {
        List<Reply> replies = new ArrayList<>();
        List<Category> prompted = new ArrayList<>();
        List<Category> open = new ArrayList<>();
        List<String> themes = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        sessions.forEach((session, inSession) -> {
            Collator collator = collators.apply(session);
            Collation withPrompt = collate(collator, inSession, true);
            Collation withoutPrompt = collate(collator, inSession, false);
            for (int i = 0; i < inSession.size(); i++) {
                Reply reply = inSession.get(i);
                replies.add(reply);
                prompted.add(withPrompt.placed().get(i).category());
                open.add(withoutPrompt.placed().get(i).category());
                themes.add(foundTheme(session, withPrompt.placed().get(i)));
                gold.add(goldTheme(session, reply));
            }
        });
        Map<Category, Double> precision = new EnumMap<>(Category.class);
        Map<Category, Double> recall = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            int predicted = 0;
            int actual = 0;
            int both = 0;
            for (int i = 0; i < replies.size(); i++) {
                boolean isPredicted = prompted.get(i) == category;
                boolean isActual = replies.get(i).category() == category;
                predicted += isPredicted ? 1 : 0;
                actual += isActual ? 1 : 0;
                both += isPredicted && isActual ? 1 : 0;
            }
            precision.put(category, predicted == 0 ? 0 : (double) both / predicted);
            recall.put(category, actual == 0 ? 0 : (double) both / actual);
        }
        return new Report(replies.size(), accuracy(replies, prompted), accuracy(replies, open), precision, recall,
                AdjustedRand.index(themes, gold));
    }

    /** A reply's theme as the collator found it, unique across sessions, for the adjusted Rand index. */
    static String foundTheme(String session, Collation.Placed placed) {
        return session + "/" + placed.themeId();
    }

    /** A reply's theme as the facilitator gave it: a theme is one within one category of one session. */
    static String goldTheme(String session, Reply reply) {
        return session + "/" + reply.category() + "/" + reply.theme();
    }

    private static Collation collate(Collator collator, List<Reply> replies, boolean withPrompt) {
        List<CollationInput> inputs = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            Reply reply = replies.get(i);
            inputs.add(new CollationInput(String.valueOf(i), reply.text(), withPrompt ? reply.prompt() : null, null,
                    null));
        }
        return collator.collate(inputs, CollationContext.OFFLINE);
    }

    private static double accuracy(List<Reply> replies, List<Category> placed) {
        int right = 0;
        for (int i = 0; i < replies.size(); i++) {
            right += replies.get(i).category() == placed.get(i) ? 1 : 0;
        }
        return replies.isEmpty() ? 0 : (double) right / replies.size();
    }
}
