package org.commonground.core.openspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.core.openspace.OpenSpaceWorld.DISCORD;
import static org.commonground.core.openspace.OpenSpaceWorld.TELEGRAM;

import java.time.Duration;
import java.util.List;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.OutboundMessage;
import org.commonground.core.domain.TextFormat;
import org.commonground.core.event.InboundEvent;
import org.junit.jupiter.api.Test;

class OpenSpaceHarvestTest {

    final OpenSpaceWorld world = new OpenSpaceWorld();
    final OpenSpace openSpace = world.openSpace(2, 20, 10);

    private void threeSessionsScheduled() {
        world.command(TELEGRAM, "ann", "propose", "Getting about town");
        world.command(DISCORD, "bob", "propose", "Forms we can read");
        world.command(TELEGRAM, "cat", "propose", "Buddy scheme");
        world.settle();
        world.tap(DISCORD, "dev", world.cardId(DISCORD, 2), 2);
        world.tap(TELEGRAM, "eve", world.cardId(TELEGRAM, 1), 1);
        world.services.schedules().schedule(openSpace.id());
        world.settle();
    }

    @Test
    void hostsHarvestByReplyingToTheirCardOrWithNotesAndTheSummaryReachesEveryChat() {
        threeSessionsScheduled();
        String card1 = world.cardId(TELEGRAM, 1);
        assertThat(world.reply(TELEGRAM, "ann", card1, "Too early for notes").hasNote()).isFalse();
        world.services.openSpaces().openHarvest(openSpace.id());

        world.reply(TELEGRAM, "ann", card1, "The buses aren't accessible, so people can't get out.\n"
                + "Idea: a map of places that are easy to reach\n- We'll send the map to the council by Friday");
        assertThat(world.reply(TELEGRAM, "eve", card1, "I was there too").note()).contains("come from its hosts");
        assertThat(world.command(DISCORD, "dev", "notes", "2 Obstacles: the letters are full of jargon\n"
                + "Actions:\n- Bob will ask the council for plain-English letters").note())
                .contains("notes on session 2");
        world.settle();
        assertThat(world.tg.sentTo(TELEGRAM)).extracting(s -> s.message()).anyMatch(m -> m instanceof
                OutboundMessage.React);

        String summary = world.services.harvests().show(openSpace.id(), TextFormat.PLAIN);
        assertThat(summary).contains("Harvest · Spring gathering", "3 sessions; notes from 2.",
                "Session 1 · Getting about town", "1 interested",
                "Obstacles:\n• The buses aren't accessible, so people can't get out.",
                "Ideas:\n• A map of places that are easy to reach",
                "Actions:\n• We'll send the map to the council by Friday",
                "• The letters are full of jargon", "• Bob will ask the council for plain-English letters",
                "Session 3 · Buddy scheme", "No notes yet.")
                .doesNotContain("Ann", "Eve");

        int queued = world.services.harvests().post(openSpace.id());
        world.settle();
        assertThat(queued).isEqualTo(2);
        assertThat(world.posts(TELEGRAM)).anySatisfy(text -> assertThat(text).contains("<b>Harvest · Spring gathering"));
        assertThat(world.posts(DISCORD)).anySatisfy(text -> assertThat(text).contains("**Harvest · Spring gathering"));
    }

    @Test
    void editedNotesAreUpdatedAndDeletedOnesRemoved() {
        threeSessionsScheduled();
        world.services.openSpaces().openHarvest(openSpace.id());
        world.reply(TELEGRAM, "ann", world.cardId(TELEGRAM, 1), "first draft");
        String messageId = world.core.notes.ofOpenSpace(openSpace.id()).get(0).messageId();

        world.core.services.inbound().accept(new InboundEvent.MessageEdited(TELEGRAM, messageId,
                OpenSpaceWorld.person(TELEGRAM, "ann"), "a stall at the summer fair", world.core.clock.instant()));
        assertThat(world.core.notes.ofOpenSpace(openSpace.id())).extracting(Note::text)
                .containsExactly("a stall at the summer fair");
        world.core.services.inbound().accept(new InboundEvent.MessageDeleted(TELEGRAM, messageId));
        assertThat(world.core.notes.ofOpenSpace(openSpace.id())).isEmpty();
    }

    @Test
    void hostsCreditedByChoiceAreNamedAndThemesAcrossSessionsAreFound() {
        threeSessionsScheduled();
        world.command(TELEGRAM, "ann", "credit", "on");
        world.services.openSpaces().openHarvest(openSpace.id());
        world.command(TELEGRAM, "ann", "notes", "1 Nobody reads the forms about transport");
        world.command(DISCORD, "bob", "notes", "2 Nobody reads the forms we fill in");

        String summary = world.services.harvests().show(openSpace.id(), TextFormat.PLAIN);
        assertThat(summary).contains("Hosted by Ann · 1 interested", "Across the sessions", "sessions 1, 2")
                .doesNotContain("Bob");
    }

    @Test
    void remindersGoShortlyBeforeASlotOnlyToThoseWhoAsked() {
        threeSessionsScheduled();
        assertThat(world.command(TELEGRAM, "eve", "remind", "on").note())
                .contains("direct message", "send me a message there once");
        assertThat(world.command(DISCORD, "dev", "remind", "on").note())
                .contains("direct message").doesNotContain("send me a message");
        world.command(DISCORD, "dev", "remind", "off");

        world.core.clock.advance(Duration.between(world.core.clock.instant(), OpenSpaceWorld.DAY.minusSeconds(30 * 60)));
        world.settle();
        assertThat(world.tg.sentTo(world.tg.directChatOf(OpenSpaceWorld.person(TELEGRAM, "eve")))).isEmpty();

        int slot = world.core.openSpaces.agenda(openSpace.id()).stream().filter(b -> b.sessionId() == 1)
                .findFirst().orElseThrow().slot();
        world.core.clock.advance(Duration.ofMinutes(25).plusHours(slot));
        world.settle();
        world.core.clock.advance(Duration.ofMinutes(1));
        world.settle();

        List<String> toEve = world.tg.sentTo(world.tg.directChatOf(OpenSpaceWorld.person(TELEGRAM, "eve"))).stream()
                .map(s -> ((OutboundMessage.Post) s.message()).text()).toList();
        assertThat(toEve).singleElement().asString().contains("Session 1 · Getting about town", "Room");
        assertThat(world.dc.sentTo(world.dc.directChatOf(OpenSpaceWorld.person(DISCORD, "dev")))).isEmpty();
    }

    @Test
    void aRequestFromTheBotsDirectChatIsRemindedThere() {
        threeSessionsScheduled();
        ChatRef conversation = ChatRef.parse("tg:eve-and-the-bot");
        assertThat(world.direct(conversation, "eve", "remind", "on").note()).doesNotContain("send me a message");
        int slot = world.core.openSpaces.agenda(openSpace.id()).stream().filter(b -> b.sessionId() == 1)
                .findFirst().orElseThrow().slot();

        world.core.clock.advance(Duration.between(world.core.clock.instant(),
                OpenSpaceWorld.DAY.plus(Duration.ofHours(slot)).minusSeconds(5 * 60)));
        world.settle();

        assertThat(world.posts(conversation)).singleElement().asString().contains("Getting about town");
    }

    @Test
    void myDataShowsOpenSpaceRecordsAndForgetMeDeletesThemWithdrawingTheCards() {
        threeSessionsScheduled();
        String card = world.cardId(TELEGRAM, 1);
        assertThat(world.command(TELEGRAM, "ann", "mydata", "").note())
                .contains("Open-space sessions you proposed (1):", "• Getting about town");

        assertThat(world.command(TELEGRAM, "ann", "forgetme", "").note()).contains("deleted everything");
        world.settle();
        assertThat(world.core.sessions.proposedBy(OpenSpaceWorld.person(TELEGRAM, "ann"))).isEmpty();
        assertThat(world.cardText(TELEGRAM, card)).contains("withdrawn");
        assertThat(world.command(TELEGRAM, "ann", "mydata", "").note()).isEqualTo("I hold nothing about you.");
    }
}
