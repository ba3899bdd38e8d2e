package org.commonground.app.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The replies of a busy round, the same every run, in the voice of a network of people who draw on
 * care and support, their families, care workers and convenors: many subjects in several people's
 * words (so the summary has many themes and runs past one Telegram message), hostile markup, and a
 * story near Telegram's own length limit. Which replies are later edited, and to what, is part of it.
 */
final class ReplyScript {

    static final List<String> HOSTILE = List.of(
            "<b>bold</b> & <script>alert(1)</script> — sorry, my phone does that. The garden project is what keeps my son going",
            "@everyone </i> [x](http://evil) &amp; &lt; the allotment on Tuesdays is the only place I feel like me",
            "<a href=\"tg://user?id=1\">tap me</a> swimming on Sundays with a PA who can drive, that's all I want",
            "<i>unclosed italics and a lone & for the choir — my mum sang every week until her package was cut",
            "&#128512; &nbsp; <pre>code</pre> <tg-spoiler>cinema</tg-spoiler> trips with friends, not with a rota");

    /** What people care about, each in two people's words. */
    private static final String[][] SUBJECTS = {
        {"getting back to the football with my mates instead of watching it on telly at the day centre",
            "going to the match on a Saturday again, with someone who actually likes football"},
        {"choosing my own personal assistants and not having a stranger turn up at 7am",
            "being able to pick who helps me wash and dress, it's my body after all"},
        {"staying in my own flat near my sister rather than being moved to a placement miles away",
            "keeping my dad at home in the village where he's lived for sixty years"},
        {"a proper break for family carers, even one weekend a month would save my sanity",
            "respite that isn't cancelled the week before, we haven't had a night off since March"},
        {"paid work, a real job with a wage, not another course about getting ready for work",
            "volunteering at the food bank counts for more than any activity sheet"},
        {"friends who aren't paid to be there, that's what I miss most",
            "not being lonely on a Sunday afternoon when the support stops"},
        {"being listened to in my own review rather than people talking over my head",
            "social workers who read the notes before the meeting so we don't start from scratch"},
        {"filling in the same forms again and again for the council, the NHS and the benefits people",
            "every assessment asks the same forty questions and nobody seems to read the answers"},
        {"the waiting list for an assessment is eleven months and things fall apart in that time",
            "waiting since January for an occupational therapist while my wife can't get up the stairs"},
        {"the charging letters, we got a bill for four thousand pounds with no explanation",
            "the financial assessment treats my disability benefits as spare money, which it isn't"},
        {"a different agency worker every day, my mum doesn't know who is coming through the door",
            "care workers leaving because of the pay, we've had nine in six months"},
        {"care workers paid less than the supermarket and not paid for travel time between visits",
            "fifteen minute visits, you can't help someone eat, wash and take tablets in fifteen minutes"},
        {"no buses after six, so anything in the evening is out unless someone gives you a lift",
            "the taxi card runs out by the middle of the month and the community transport is booked solid"},
        {"the paperwork for direct payments, I spend more time doing payroll than living",
            "the direct payment audit felt like being accused of fraud for buying a cinema ticket"},
        {"hospital discharge, Dad was sent home on a Friday night with no care in place",
            "being stuck on a ward for six weeks because there's no care package to go home to"},
        {"nobody tells you what you're entitled to, we found out about carer's allowance by accident",
            "the council website is a maze and the phone line rings out"},
        {"our ward councillors, most of them have never been to a carers' group",
            "the councillors on the adult social care scrutiny committee before the budget is set"},
        {"the director of adult social services, she said her door is open so let's walk through it",
            "the commissioners who write the home care contracts, the minutes are the problem"},
        {"our MP, she's on the health select committee now",
            "the MPs in the region, they need to hear from families and not just from providers"},
        {"the local paper and BBC Radio, stories from real families move people more than figures",
            "the radio phone-in on a Sunday morning, half the county listens to it"},
        {"the integrated care board, because the money for hospital discharge sits with them",
            "the GPs and practice managers, they're the first door most families knock on"},
        {"a peer support group run by people with lived experience, not by the council",
            "a WhatsApp group for carers in each town so nobody's alone at 3am"},
        {"a stall at the summer fair asking people what good support looks like to them",
            "a coffee morning at the library every month where anyone can drop in and talk"},
        {"a map of places in town that are easy to get into, with proper loos and parking",
            "an accessible events list, so we know which gigs and cafés we can actually get to"},
        {"a buddy scheme pairing people up so nobody is stuck at home alone at the weekend",
            "circles of support around people, neighbours and friends as well as paid staff"},
        {"training for social workers delivered by people who draw on care and their families",
            "co-producing the new assessment form with us, we know which questions matter"},
        {"small community enterprises, local people offering support in their own streets",
            "helping micro-providers get started, they're flexible in a way agencies never are"},
        {"a petition to the council to pay care workers the real living wage",
            "writing to every councillor before the budget vote with our own stories"},
        {"a shared fund so families can try out things before the council agrees to pay",
            "a library of equipment so people don't wait months for a grab rail or a ramp"},
        {"a film of our stories to show at the council meeting, in our own words",
            "a podcast where carers and PAs talk about what a good day looks like"},
    };

    private static final String[] OPENERS = {
        "As a mum of a lad with learning disabilities, for us it's", "I've had support for eleven years and for me it's",
        "Speaking as a home care worker on zero hours:", "From the carers' centre side, the big one is",
        "My dad is 91, so honestly", "We talked about this at the coffee morning —", "Simple really:",
        "Sorry this is long, but", "For my brother it would be", "As a convenor for the north of the county,",
        "I look after my wife who has MS, so", "Been a PA for six years, and the thing I see is",
    };

    private static final String[] ENDINGS = {
        "That would change everything for us.", "Thanks for asking, nobody usually does.", "That's it really x",
        "It shouldn't be this hard.", "Happy to talk more at the next meeting.", "",
        "I know others in the group feel the same.", "Small things, but they are our lives.",
    };

    private final Random random = new Random(20261123);

    /** {@code count} replies in the order they are sent. */
    List<String> replies(int count) {
        List<String> replies = new ArrayList<>();
        for (int i = 0; replies.size() < count; i++) {
            if (i % 20 == 7) {
                replies.add(HOSTILE.get(replies.size() % HOSTILE.size()));
            } else if (i % 50 == 16) {
                replies.add(longReply());
            } else {
                String[] subject = SUBJECTS[(i * 7) % SUBJECTS.length];
                replies.add((pick(OPENERS) + " " + subject[random.nextInt(subject.length)] + ". " + pick(ENDINGS))
                        .strip());
            }
        }
        return replies;
    }

    /** What reply {@code index} is edited to. */
    static String edited(String original) {
        return original + " (edited to add: and music in the park in summer)";
    }

    /** A whole story in one message, just under Telegram's 4096 characters. */
    private String longReply() {
        StringBuilder text = new StringBuilder("Long one, sorry. Our story, since you asked. ");
        while (text.length() < 4090) {
            String[] subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
            text.append("Then there's ").append(subject[random.nextInt(subject.length)]).append(". ");
        }
        return text.substring(0, 4090).strip();
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
