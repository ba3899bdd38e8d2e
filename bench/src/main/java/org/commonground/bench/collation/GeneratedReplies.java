package org.commonground.bench.collation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.commonground.core.collate.CollationInput;
import org.commonground.core.testkit.LabelledCorpus;

/**
 * Volume made from the labelled corpus: each generated reply is one of its replies, one in four run
 * on into half of another, often with a chat tail, and one in five without its prompt, so that texts
 * differ and lengths vary like a busy round's (longer on average than the corpus's replies). The same
 * seed gives the same replies.
 */
final class GeneratedReplies {

    private static final String[] TAILS = {"", "", "", " tbh", " 😅", "!!", " honestly", " x", " and thats the main thing",
        ", same as everyone else says"};

    private GeneratedReplies() {
    }

    static List<CollationInput> make(int count, long seed) {
        List<LabelledCorpus.Reply> replies = LabelledCorpus.load().all();
        Random random = new Random(seed);
        List<CollationInput> inputs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LabelledCorpus.Reply reply = replies.get(random.nextInt(replies.size()));
            String text = reply.text();
            if (random.nextInt(4) == 0) {
                String other = replies.get(random.nextInt(replies.size())).text();
                String[] words = other.split(" ");
                text = text + (random.nextBoolean() ? " and " : ", also ")
                        + String.join(" ", List.of(words).subList(0, Math.max(1, words.length / 2)));
            }
            text = text + TAILS[random.nextInt(TAILS.length)] + (random.nextInt(4) == 0 ? " #" + i : "");
            inputs.add(new CollationInput(String.valueOf(i), text, random.nextInt(5) == 0 ? null : reply.prompt(),
                    null, null));
        }
        return inputs;
    }
}
