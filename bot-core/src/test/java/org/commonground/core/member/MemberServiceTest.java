package org.commonground.core.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.domain.TextFormat;
import org.commonground.core.event.InboundEvent;
import org.commonground.core.event.InboundResult;
import org.commonground.core.port.Dialect;
import org.commonground.core.testkit.InMemoryCore;
import org.commonground.core.testkit.RecordingPlatform;
import org.junit.jupiter.api.Test;

class MemberServiceTest {

    static final ChatRef GROUP = ChatRef.parse("tg:-1");
    static final ChatRef OTHER = ChatRef.parse("tg:-2");
    static final MemberRef SAM = MemberRef.parse("tg:7");

    final RecordingPlatform platform = new RecordingPlatform("tg", new Dialect(TextFormat.HTML, 4096));
    final InMemoryCore core = new InMemoryCore(platform);

    @Test
    void forgettingAMemberDeletesTheirRepliesInEveryRoundAndTheirRecord() {
        core.services.rounds().open(List.of(GROUP), "Q1?", null, null);
        core.services.rounds().open(List.of(OTHER), "Q2?", null, null);
        share(GROUP, "c1", "in the first group");
        share(OTHER, "c2", "in the second group");

        MemberService.Forgotten forgotten = core.services.members().forget(SAM);

        assertThat(forgotten).isEqualTo(new MemberService.Forgotten(true, 2, 0));
        assertThat(core.contributions.listByAuthor(SAM)).isEmpty();
        assertThat(core.members.find(SAM)).isEmpty();
        assertThat(core.services.members().describe(SAM)).isEqualTo("I hold nothing about you.");
    }

    @Test
    void myDataIsPersonalAndListsEveryAnswerAndCreditIsAChoice() {
        core.services.rounds().open(List.of(GROUP), "Q1?", null, null);
        share(GROUP, "c1", "more buses on Sundays");
        InboundResult credit = command("c2", "credit", "on");
        assertThat(credit.note()).contains("name you");

        InboundResult mine = command("c3", "mydata", "");
        assertThat(mine.personal()).isTrue();
        assertThat(mine.note()).contains("more buses on Sundays", "You are named in summaries");
        assertThat(command("c4", "credit", "maybe").note()).contains("/credit on");
    }

    private void share(ChatRef chat, String id, String text) {
        core.services.inbound().accept(new InboundEvent.CommandIssued(chat, id, SAM, "Sam", "share", text, null,
                false, false, core.clock.instant()));
    }

    private InboundResult command(String id, String name, String args) {
        return core.services.inbound().accept(new InboundEvent.CommandIssued(GROUP, id, SAM, "Sam", name, args, null,
                false, false, core.clock.instant()));
    }
}
