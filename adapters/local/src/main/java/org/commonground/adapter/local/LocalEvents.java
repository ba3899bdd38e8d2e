package org.commonground.adapter.local;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.event.InboundEvent;

/** Pure mapping from what a local member does to the core's inbound events. */
final class LocalEvents {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:\\s+(.*))?$", Pattern.DOTALL);

    private final Set<String> admins;
    private final Clock clock;
    private final String runId;
    private final AtomicLong taps = new AtomicLong();

    /** @param runId this run's id, so that tap ids stay unique when the bot restarts */
    LocalEvents(Set<String> admins, Clock clock, String runId) {
        this.admins = Set.copyOf(admins);
        this.clock = clock;
        this.runId = runId;
    }

    InboundEvent posted(ChatRef chat, LocalMessage message, boolean direct) {
        MemberRef member = member(message.author());
        Matcher command = COMMAND.matcher(message.text().strip());
        if (command.matches()) {
            return new InboundEvent.CommandIssued(chat, message.id(), member, display(message.author()),
                    command.group(1).toLowerCase(Locale.ROOT), command.group(2) == null ? "" : command.group(2),
                    message.replyTo(), direct, admins.contains(message.author()), clock.instant());
        }
        return new InboundEvent.MessagePosted(chat, message.id(), member, display(message.author()), message.text(),
                message.replyTo(), direct, clock.instant());
    }

    InboundEvent edited(ChatRef chat, LocalMessage message, String member, String text) {
        return new InboundEvent.MessageEdited(chat, message.id(), member(memberName(member)), text, clock.instant());
    }

    InboundEvent pressed(ChatRef chat, LocalMessage message, String member, String data) {
        String name = memberName(member);
        return new InboundEvent.ButtonPressed(chat, message.id(), member(name), display(name), data, clock.instant(),
                runId + "-tap-" + taps.incrementAndGet());
    }

    /** A member's name as the room knows it: lower case letters, digits, "-" and "_". */
    static String memberName(String typed) {
        String name = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + typed + "' is not a member name: use letters and digits, like alice.");
        }
        return name;
    }

    private static MemberRef member(String name) {
        return new MemberRef(LocalChatPlatform.PLATFORM, name);
    }

    private static String display(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
