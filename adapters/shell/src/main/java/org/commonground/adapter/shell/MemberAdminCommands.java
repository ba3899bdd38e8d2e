package org.commonground.adapter.shell;

import org.commonground.core.domain.MemberRef;
import org.commonground.core.member.MemberService;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/** What a convenor does for a member who asks, such as deleting everything about them. */
@Component
public class MemberAdminCommands {

    private final MemberService members;

    public MemberAdminCommands(MemberService members) {
        this.members = members;
    }

    @Command(name = "member forget", group = "Members", description = "Delete everything stored about a member.",
            help = "member forget REF\n  e.g. member forget telegram:123456789")
    public String forget(@Argument(index = 0, description = "the member, platform:id") String ref) {
        if (ref == null || ref.isBlank()) {
            throw new IllegalArgumentException("Say whom to forget, like: member forget telegram:123456789");
        }
        MemberRef member = MemberRef.parse(ref);
        MemberService.Forgotten forgotten = members.forget(member);
        if (!forgotten.anything()) {
            return "Nothing was stored about " + member + ".";
        }
        return "Forgot " + member + ": " + forgotten.contributions()
                + (forgotten.contributions() == 1 ? " reply" : " replies")
                + (forgotten.other() > 0 ? " and " + forgotten.other() + " open-space items" : "") + " deleted.";
    }
}
