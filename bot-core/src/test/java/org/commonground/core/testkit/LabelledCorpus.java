package org.commonground.core.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonground.core.domain.Category;

/**
 * The labelled replies ({@code corpus/replies.tsv}): what people wrote in answer to each of the four
 * questions, where each reply belongs and the theme a facilitator would put it under, split into a
 * development part (for training the classifier and choosing the collator's settings, judged by
 * cross-validation) and a held-out part (for judging a finished collator once).
 */
public final class LabelledCorpus {

    public static final String DEVELOPMENT = "dev";
    public static final String HELD_OUT = "held-out";

    /**
     * One labelled reply.
     *
     * @param part     who wrote it: {@code team}, or {@code blind-N} for the N-th part written blind
     * @param session  the round it answered: replies of one session are collated together
     * @param prompt   the category the prompt asked for
     * @param category where the reply belongs
     * @param theme    the facilitator's theme within that category
     */
    public record Reply(String set, String part, String session, Category prompt, Category category, String theme,
                        String text) {

        /** The network the session was held in: what its name has before a slash, or all of it. */
        public String network() {
            int slash = session.indexOf('/');
            return slash < 0 ? session : session.substring(0, slash);
        }
    }

    private final List<Reply> replies;

    private LabelledCorpus(List<Reply> replies) {
        this.replies = List.copyOf(replies);
    }

    public static LabelledCorpus load() {
        try (InputStream in = LabelledCorpus.class.getResourceAsStream("/corpus/replies.tsv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Reply> replies = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split("\t", -1);
                if (line.startsWith("#") || f[0].equals("set")) {
                    continue;
                }
                replies.add(new Reply(f[0], f[1], f[2], Category.parse(f[3]), Category.valueOf(f[4]), f[5], f[6]));
            }
            return new LabelledCorpus(replies);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Reply> all() {
        return replies;
    }

    /** The replies of one part. */
    public List<Reply> part(String set) {
        return replies.stream().filter(r -> r.set().equals(set)).toList();
    }

    /** The replies of one part, by session, sessions in file order. */
    public Map<String, List<Reply>> sessions(String set) {
        Map<String, List<Reply>> sessions = new LinkedHashMap<>();
        replies.stream().filter(r -> r.set().equals(set))
                .forEach(r -> sessions.computeIfAbsent(r.session(), s -> new ArrayList<>()).add(r));
        return sessions;
    }
}
