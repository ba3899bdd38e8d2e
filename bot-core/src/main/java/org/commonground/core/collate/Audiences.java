package org.commonground.core.collate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the audiences a "who do we need to persuade" reply mentions, normalised to the words a
 * facilitator would write on the flipchart: "cllr Jones" and "our ward councillors" are both
 * Councillors; "the Echo" and "local radio" are the local paper and radio. Replies naming people
 * are mostly short noun phrases, so a lookup is more reliable here than similarity.
 */
final class Audiences {

    private record Audience(String label, Pattern pattern) {
    }

    private static final List<Audience> ALL = List.of(
            audience("Councillors", "councill?ors?|cllrs?|ward members?|elected members?|council leader"
                    + "|leader of the council|cabinet member|(the )?council'?s? [a-z']+ committee|scrutiny committee"),
            audience("MPs", "mps?|members? of parliament"),
            audience("The mayor", "(the |our |metro |city )?mayors?|combined authority"),
            audience("Ministers and government", "ministers?|government|govt|gov|health secretary|secretary of state"
                    + "|westminster|downing st(reet)?|prime minister|pm|dhsc|treasury|chancellor|parliament|whitehall"),
            audience("Commissioners", "commissioners?|commissioning|icbs?|integrated care boards?|ccgs?|funding panels?"
                    + "|panels?|budget holders?"),
            audience("The council's officers", "(the |our |local |county |city |borough )?council|local authority"
                    + "|town hall|officers?|social services|adult social care|directors?( of [a-z ]+)?|dass|chief exec\\w*"),
            audience("The local paper and radio", "local paper|newspapers?|the paper|papers|press|journalists?|reporters?"
                    + "|media|radio|bbc|itv|tv|telly|the news|news|echo|gazette|chronicle|podcasts?|bloggers?"),
            audience("The public", "(the )?public|neighbours?|residents?|locals|local people|voters|taxpayers"
                    + "|the community|our community|people in (the )?town|everyone|people on (our|the) street"),
            audience("Care providers and managers", "providers?|care compan(y|ies)|agenc(y|ies)|care homes?|managers?"
                    + "|bosses|home care|domiciliary|care firms?"),
            audience("Health and social care staff", "social workers?|gps?|doctors?|nurses?|therapists?|professionals"
                    + "|assessors?|(people|those|staff) who do (the )?assessments|ots?|occupational therapists?"
                    + "|care coordinators?|nhs|hospitals?|consultants?|cqc"),
            audience("Families and carers", "famil(y|ies)|parents?|carers?|mums?|dads?|relatives"),
            audience("Employers and businesses", "employers?|business(es)?|shops?|firms?|companies|chamber of commerce"
                    + "|supermarkets?|(bus|transport|train|rail) (company|companies|operators?)"),
            audience("Schools and colleges", "schools?|teachers?|colleges?|head ?teachers?|universit(y|ies)"),
            audience("Faith groups and charities", "churche?s?|mosques?|temples?|gurdwaras?|faith groups?|vicar|imam"
                    + "|charit(y|ies)|food ?banks?|funders?|lottery"),
            audience("The police", "police|pcsos?|neighbourhood policing( team)?|coppers"),
            audience("Landlords and housing associations", "housing associations?|landlords?|housing officers?"
                    + "|letting agents?|housing (providers?|compan(y|ies)|trusts?)"),
            audience("Unions", "unions?|unison|gmb"),
            audience("Candidates and parties", "candidates?|parties|party|labour|tories|tory|lib dems?"));

    private Audiences() {
    }

    private static Audience audience(String label, String words) {
        return new Audience(label, Pattern.compile("\\b(" + words + ")\\b"));
    }

    /** The audiences the text names, in the order it first names them. */
    static List<String> named(String text) {
        String normal = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        record Found(int at, String label) {
        }
        List<Found> found = new ArrayList<>();
        for (Audience audience : ALL) {
            Matcher matcher = audience.pattern().matcher(normal);
            if (matcher.find()) {
                found.add(new Found(matcher.start(), audience.label()));
            }
        }
        found.sort(Comparator.comparingInt(Found::at));
        return found.stream().map(Found::label).toList();
    }
}
