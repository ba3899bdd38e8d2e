package org.commonground.core.openspace;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.domain.OutboundMessage;
import org.commonground.core.domain.TextFormat;
import org.commonground.core.event.InboundEvent;
import org.commonground.core.event.InboundResult;
import org.commonground.core.port.Dialect;
import org.commonground.core.testkit.InMemoryCore;
import org.commonground.core.testkit.RecordingPlatform;

/** An open space on two recorded platforms with different dialects, and the ways people act in it. */
final class OpenSpaceWorld {

    static final ChatRef TELEGRAM = ChatRef.parse("tg:-100");
    static final ChatRef DISCORD = ChatRef.parse("dc:55");
    static final Instant DAY = Instant.parse("2026-11-23T14:00:00Z");

    final RecordingPlatform tg = new RecordingPlatform("tg", new Dialect(TextFormat.HTML, 4096))
            .memberWritesFirst(true);
    final RecordingPlatform dc = new RecordingPlatform("dc", new Dialect(TextFormat.MARKDOWN, 2000));
    final InMemoryCore core = new InMemoryCore(tg, dc);
    final OpenSpaceServices services = core.services.openSpaces();
    private final AtomicInteger ids = new AtomicInteger();

    /** An open space with the call open: slots at 14:00, 15:00…, spaces of the given capacities. */
    OpenSpace openSpace(int slots, int... capacities) {
        List<Slot> times = IntStream.range(0, slots)
                .mapToObj(i -> new Slot(DAY.plus(Duration.ofHours(i)), Duration.ofMinutes(50))).toList();
        List<Space> spaces = IntStream.range(0, capacities.length)
                .mapToObj(i -> new Space("Room " + (char) ('A' + i), capacities[i])).toList();
        OpenSpace created = services.openSpaces().create(List.of(TELEGRAM, DISCORD), "Spring gathering",
                ZoneOffset.UTC, times, spaces);
        return services.openSpaces().openCall(created.id());
    }

    static MemberRef person(ChatRef chat, String name) {
        return new MemberRef(chat.platform(), name);
    }

    InboundResult command(ChatRef chat, String who, String name, String args) {
        return command(chat, who, name, args, null);
    }

    InboundResult command(ChatRef chat, String who, String name, String args, String replyTo) {
        return core.services.inbound().accept(new InboundEvent.CommandIssued(chat, "m" + ids.incrementAndGet(),
                person(chat, who), capitalised(who), name, args, replyTo, false, false, core.clock.instant()));
    }

    /** A command sent to the bot directly, from the member's own conversation with it. */
    InboundResult direct(ChatRef conversation, String who, String name, String args) {
        return core.services.inbound().accept(new InboundEvent.CommandIssued(conversation, "m" + ids.incrementAndGet(),
                person(conversation, who), capitalised(who), name, args, null, true, false, core.clock.instant()));
    }

    InboundResult reply(ChatRef chat, String who, String to, String text) {
        return core.services.inbound().accept(new InboundEvent.MessagePosted(chat, "m" + ids.incrementAndGet(),
                person(chat, who), capitalised(who), text, to, false, core.clock.instant()));
    }

    InboundResult tap(ChatRef chat, String who, String cardId, int choice) {
        return tap(chat, who, cardId, choice, "tap" + ids.incrementAndGet());
    }

    InboundResult tap(ChatRef chat, String who, String cardId, int choice, String tapId) {
        String data = choice == 1 ? CardText.INTEREST : CardText.COHOST;
        return core.services.inbound().accept(new InboundEvent.ButtonPressed(chat, cardId, person(chat, who),
                capitalised(who), data, core.clock.instant(), tapId));
    }

    /** What the running bot does: its chores, then delivery, until nothing more is left. */
    void settle() {
        int delivered;
        do {
            services.cards().refresh();
            services.reminders().sendDue();
            delivered = 0;
            int round;
            while ((round = core.services.dispatcher().deliverDue()) > 0) {
                delivered += round;
            }
        } while (delivered > 0);
    }

    RecordingPlatform platformOf(ChatRef chat) {
        return chat.platform().equals("tg") ? tg : dc;
    }

    /** The id of the delivered card of the session with this number, in the chat. */
    String cardId(ChatRef chat, int number) {
        return platformOf(chat).sentTo(chat).stream()
                .filter(s -> s.message() instanceof OutboundMessage.Post p && !p.buttons().isEmpty()
                        && p.text().startsWith("Session " + number + " "))
                .findFirst().orElseThrow().id();
    }

    /** The card's text as it stands after every edit. */
    String cardText(ChatRef chat, String cardId) {
        String text = null;
        for (RecordingPlatform.Sent sent : platformOf(chat).sentTo(chat)) {
            if (sent.id().equals(cardId) && sent.message() instanceof OutboundMessage.Post p) {
                text = p.text();
            } else if (sent.message() instanceof OutboundMessage.Edit e && e.messageId().equals(cardId)) {
                text = e.text();
            }
        }
        return text;
    }

    /** Everything posted to the chat as text, in order. */
    List<String> posts(ChatRef chat) {
        return platformOf(chat).sentTo(chat).stream().filter(s -> s.message() instanceof OutboundMessage.Post)
                .map(s -> ((OutboundMessage.Post) s.message()).text()).toList();
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
