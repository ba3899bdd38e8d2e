package org.commonground.core.collate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonground.core.domain.Category;

/**
 * Linguistic cues for each category, the kind a facilitator hears: modal verbs, imperatives and
 * "let's" for ideas; lack, negation and barriers for obstacles; audiences and roles for targets;
 * aspiration for vision. The cues are about how something is said, not about topics, because topic
 * words do not carry from one network to the next.
 */
final class CategoryCues {

    private record Cue(Pattern pattern, double weight) {
    }

    /** The verbs a suggestion starts with when it is said as an instruction: "invite the councillors". */
    static final String ACTION_VERBS = "start|set up|hold|run|organi[sz]e|invite|write|ask|make|create|build"
            + "|share|bring|put on|host|campaign|lobby|petition|map|film|record|collect|tell|use|join"
            + "|meet|call|visit|email|post|launch|form|team up|pair|train|offer|open|plan|try|go to"
            + "|knock|print|send|turn up";

    private static final Map<Category, List<Cue>> CUES = new EnumMap<>(Map.of(
            Category.IDEA, List.of(
                    cue("\\b(let'?s|lets)\\b", 2.0),
                    cue("\\b(we|you|they|council|everyone|people|i) (could|should|might|ought to|must)\\b(?! not)", 1.5),
                    cue("\\b(how about|what about|what if|why not|why don'?t we|maybe we|perhaps we|suggest|propose)\\b", 1.5),
                    cue("^(please |maybe |we )?(" + ACTION_VERBS + ")\\b", 1.5),
                    cue("\\b(a|an|our own) (stall|petition|campaign|meeting|event|workshop|survey|video|podcast|letter"
                            + "|newsletter|rota|buddy|forum|roadshow|coffee morning|drop[- ]in|open day|march|vigil"
                            + "|zine|exhibition|festival|question time|hustings)\\b", 1.0)),
            Category.OBSTACLE, List.of(
                    cue("\\b(no|not|never|nobody|nothing|none|can'?t|cannot|don'?t|doesn'?t|didn'?t|won'?t|isn'?t"
                            + "|aren'?t|wasn'?t|haven'?t|hasn'?t|couldn'?t)\\b", 1.0),
                    cue("\\b(lack|lacking|shortage|short[- ]staffed|not enough|too (many|much|few|little|long)"
                            + "|waiting (list|lists|times?)|cuts?|cut back|underfunded|costs?|expensive|afford"
                            + "|red tape|bureaucra\\w*|forms?|paperwork|jargon|gatekeep\\w*|barriers?|problems?"
                            + "|struggl\\w*|hard to|difficult|stuck|stigma|afraid|scared|fear|exhausted|burn(ed|t)? out"
                            + "|isolat\\w*|lonely|postcode lottery|eligib\\w*|refused|denied|means[- ]test\\w*"
                            + "|ignored|patroni[sz]\\w*|inaccessible|blocked|in the way|keeps? changing|turnover"
                            + "|agency staff|rushed|no one|nowhere|risk[- ]averse)\\b", 1.0),
                    cue("\\b(joke|nightmare|awful|rubbish|useless|ridiculous|insult\\w*|closed|shut|stopped|scrapped"
                            + "|takes? (months|weeks|ages|years)|miles away|unpaid|left|leaving|quit|gave up|give up)\\b", 1.0)),
            Category.TARGET, List.of(
                    cue("\\b(councillors?|council|mps?|ministers?|commissioners?|commissioning|local authority"
                            + "|government|parliament|nhs|icbs?|integrated care board|gps?|cqc|directors?"
                            + "|chief exec\\w*|ceo|leaders?|mayor|health secretary|secretary of state|press"
                            + "|local paper|newspapers?|radio|tv|media|journalists?|the public|neighbours?|employers?"
                            + "|providers?|managers?|funders?|trustees?|the board|social workers?|unions?|voters?"
                            + "|candidates?|schools?|businesses|churches|faith groups|landlords?|housing associations?"
                            + "|decision[- ]makers?|whoever|those who)\\b", 1.5),
                    cue("\\b(persuade|convince|win over|on side|on board|pressure|influence|get through to)\\b", 1.0)),
            Category.VISION, List.of(
                    cue("\\b(wants?|wish|hope|dream|imagine|matters?|important|love to|able to|chance to|freedom"
                            + "|choices?|control|independen\\w*|dignity|respect\\w*|belong\\w*|valued|listened to"
                            + "|heard|included|inclusion|community|friends|family|home|my life|lives|living|happy"
                            + "|happiness|safe|good life|ordinary|equal|fair|together|joy|just like anyone"
                            + "|be myself|on my terms)\\b", 1.0),
                    cue("(^|, )(not|never|no more|no longer) (having|being|feeling|worrying|needing|waiting|having to)\\b"
                            + "|\\bwithout (being|having|me|us|asking|worrying|someone|a fight)\\b", 1.5))));

    private CategoryCues() {
    }

    private static Cue cue(String regex, double weight) {
        return new Cue(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), weight);
    }

    /** "teachers, most have had no training": an audience named first, then said why, is still a list of people. */
    private static boolean leadsWithAudience(String normal) {
        String head = CLAUSE.split(normal, 2)[0];
        return TextTerms.words(head).size() <= PHRASE_WORDS && !Audiences.named(head).isEmpty();
    }

    private static final Pattern CLAUSE = Pattern.compile("[,.;:!?()]| - ");

    /** Past this many words a reply is rarely a bare list of people, so naming people says less. */
    private static final int PHRASE_WORDS = 6;
    private static final double AUDIENCE_IN_SENTENCE = 0.4;

    /**
     * The cue score of the text for each category; each cue counts at most twice. Audiences count
     * fully in a short phrase ("our ward councillors") and less in a sentence that merely mentions
     * them ("we should train the social workers ourselves"), unless the sentence starts with them.
     */
    static Map<Category, Double> score(String text) {
        String normal = text.toLowerCase().replace('’', '\'').strip();
        Map<Category, Double> scores = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            double score = 0;
            for (Cue cue : CUES.get(category)) {
                Matcher matcher = cue.pattern().matcher(normal);
                int hits = 0;
                while (hits < 2 && matcher.find()) {
                    hits++;
                }
                score += hits * cue.weight();
            }
            scores.put(category, score);
        }
        if (TextTerms.words(normal).size() > PHRASE_WORDS && !leadsWithAudience(normal)) {
            scores.put(Category.TARGET, scores.get(Category.TARGET) * AUDIENCE_IN_SENTENCE);
        }
        return scores;
    }
}
