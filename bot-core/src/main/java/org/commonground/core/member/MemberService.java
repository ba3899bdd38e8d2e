package org.commonground.core.member;

import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.commonground.core.domain.Contribution;
import org.commonground.core.domain.Member;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.port.ContributionStore;
import org.commonground.core.port.MemberStore;
import org.commonground.core.port.Transactions;

/** What members control about themselves: being credited, seeing their data, being forgotten. */
public final class MemberService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneOffset.UTC);

    private final MemberStore members;
    private final ContributionStore contributions;
    private final Transactions transactions;
    private final List<MemberRecords> otherRecords;

    /** @param otherRecords what other parts of the bot hold about members */
    public MemberService(MemberStore members, ContributionStore contributions, Transactions transactions,
                         List<MemberRecords> otherRecords) {
        this.members = members;
        this.contributions = contributions;
        this.transactions = transactions;
        this.otherRecords = List.copyOf(otherRecords);
    }

    /**
     * What was deleted when a member was forgotten.
     *
     * @param other how many other things (open-space sessions, notes…) were deleted
     */
    public record Forgotten(boolean memberKnown, int contributions, int other) {

        /** Whether anything at all was held. */
        public boolean anything() {
            return memberKnown || contributions > 0 || other > 0;
        }
    }

    /** Deletes the member and everything of theirs, everywhere, in one go. */
    public Forgotten forget(MemberRef member) {
        return transactions.inTransaction(() -> {
            int deleted = contributions.deleteByAuthor(member);
            int other = otherRecords.stream().mapToInt(records -> records.forget(member)).sum();
            boolean known = members.delete(member);
            return new Forgotten(known, deleted, other);
        });
    }

    /** Sets whether the member is named in summaries and exports; returns false for someone unknown. */
    public boolean setCredited(MemberRef member, boolean credited) {
        return members.setCredited(member, credited);
    }

    /** Everything stored about the member, written for them to read. */
    public String describe(MemberRef member) {
        Optional<Member> found = members.find(member);
        List<Contribution> own = contributions.listByAuthor(member);
        List<String> other = otherRecords.stream().flatMap(records -> records.describe(member).stream()).toList();
        if (found.isEmpty() && own.isEmpty() && other.isEmpty()) {
            return "I hold nothing about you.";
        }
        List<String> lines = new ArrayList<>();
        lines.add("What I hold about you (" + member + "):");
        found.ifPresent(m -> {
            lines.add("Name shown by the platform: " + m.displayName());
            lines.add(m.credited() ? "You are named in summaries (/credit off to stop)."
                    : "You are anonymous in summaries (/credit on to be named).");
            lines.add("Chats you have spoken in: " + members.chatsOf(member).size() + ".");
        });
        lines.add("Your answers (" + own.size() + "):");
        for (Contribution c : own) {
            lines.add("• " + WHEN.format(c.createdAt()) + ", round " + c.roundId() + ", " + c.category().heading()
                    + (c.edits() > 0 ? ", edited" : "") + ": " + c.text());
        }
        lines.addAll(other);
        lines.add("Send /forgetme to delete all of it.");
        return String.join("\n", lines);
    }
}
