package org.commonground.core.openspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.commonground.core.openspace.OpenSpaceWorld.DISCORD;
import static org.commonground.core.openspace.OpenSpaceWorld.TELEGRAM;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.OutboundMessage;
import org.commonground.core.domain.TextFormat;
import org.commonground.core.port.DeliveryException;
import org.junit.jupiter.api.Test;

class OpenSpaceFlowTest {

    final OpenSpaceWorld world = new OpenSpaceWorld();

    @Test
    void aProposalPostsACardWithTwoButtonsToEveryChatInItsDialect() {
        world.openSpace(2, 20, 10);
        assertThat(world.command(TELEGRAM, "ann", "propose", "Buddy <scheme> | nobody stuck at home alone").note())
                .contains("number 1");
        world.settle();

        OutboundMessage.Post telegramCard = card(TELEGRAM);
        assertThat(telegramCard.text()).contains("Session 1 · <b>Buddy &lt;scheme&gt;</b>",
                "<i>nobody stuck at home alone</i>", "★ 0 interested · 0 co-hosting");
        assertThat(telegramCard.buttons()).extracting(b -> b.label()).containsExactly("I'm interested", "I'll co-host");
        assertThat(card(DISCORD).text()).contains("**Buddy \\<scheme\\>**", "*nobody stuck at home alone*");
    }

    @Test
    void tapsFromEitherChatKeepEveryCardCurrentAndASecondTapTakesItBack() {
        world.openSpace(2, 20, 10);
        world.command(TELEGRAM, "ann", "propose", "Buddy scheme");
        world.settle();
        String tgCard = world.cardId(TELEGRAM, 1);
        String dcCard = world.cardId(DISCORD, 1);

        world.tap(TELEGRAM, "bob", tgCard, 1, "t1");
        world.tap(TELEGRAM, "bob", tgCard, 1, "t1");
        world.tap(DISCORD, "cat", dcCard, 1);
        world.tap(DISCORD, "dev", dcCard, 2);
        assertThat(world.tap(TELEGRAM, "eve", tgCard, 1).note()).contains("You're interested");
        assertThat(world.tap(TELEGRAM, "eve", tgCard, 1).note()).contains("Taken back");
        assertThat(world.tap(TELEGRAM, "ann", tgCard, 1).note()).contains("You're hosting this one");
        world.settle();

        assertThat(world.cardText(TELEGRAM, tgCard)).contains("★ 2 interested · 1 co-hosting");
        assertThat(world.cardText(DISCORD, dcCard)).contains("★ 2 interested · 1 co-hosting");
        Turnout stored = world.core.sessions.turnout(1);
        assertThat(stored.interested()).hasSize(2);
        assertThat(stored.cohosts()).hasSize(1);
    }

    @Test
    void aBurstOfTapsBecomesOneEditPerCardAndACardOnItsWayIsEditedWhenItArrives() {
        world.openSpace(1, 30);
        world.settle();
        world.command(TELEGRAM, "ann", "propose", "Buddy scheme");
        world.dc.failNext(DeliveryException.transientFailure("network down", null));
        world.core.services.dispatcher().deliverDue();
        String tgCard = world.cardId(TELEGRAM, 1);
        for (String who : List.of("bob", "cat", "dev", "eve")) {
            world.tap(TELEGRAM, who, tgCard, 1);
        }
        world.settle();
        world.core.clock.advance(Duration.ofSeconds(2));
        world.settle();

        long edits = world.tg.sentTo(TELEGRAM).stream().filter(s -> s.message() instanceof OutboundMessage.Edit).count();
        assertThat(edits).isEqualTo(1);
        assertThat(world.cardText(DISCORD, world.cardId(DISCORD, 1))).contains("★ 4 interested");
    }

    @Test
    void aTapTakenBackBeforeTheCardIsEditedLeavesTheCardAlone() {
        world.openSpace(1, 30);
        world.command(TELEGRAM, "ann", "propose", "Buddy scheme");
        world.settle();
        String tgCard = world.cardId(TELEGRAM, 1);
        world.tap(TELEGRAM, "bob", tgCard, 1);
        world.settle();
        world.tap(TELEGRAM, "cat", tgCard, 2);
        world.tap(TELEGRAM, "cat", tgCard, 2);
        world.settle();
        world.tap(TELEGRAM, "dev", tgCard, 1);
        world.settle();

        assertThat(world.tg.sentTo(TELEGRAM).stream().filter(s -> s.message() instanceof OutboundMessage.Edit)
                .map(s -> ((OutboundMessage.Edit) s.message()).text()))
                .hasSize(2).allMatch(text -> text.contains("0 co-hosting"))
                .anyMatch(text -> text.contains("★ 1 interested")).anyMatch(text -> text.contains("★ 2 interested"));
    }

    @Test
    void proposersWithdrawOrRetitleTheirOwnSessionsOnly() {
        world.openSpace(2, 20);
        world.command(TELEGRAM, "ann", "propose", "Buddy scheme");
        world.settle();
        String card = world.cardId(TELEGRAM, 1);

        assertThat(world.command(TELEGRAM, "bob", "retitle", "1 Mine now").note()).contains("Only the person");
        assertThat(world.command(TELEGRAM, "ann", "retitle", "1 Buddies for everyone").note()).contains("is now");
        world.settle();
        assertThat(world.cardText(TELEGRAM, card)).contains("Buddies for everyone");

        assertThat(world.command(TELEGRAM, "ann", "withdraw", "", card).note()).contains("withdrawn");
        world.settle();
        assertThat(world.cardText(TELEGRAM, card)).contains("withdrawn");
        assertThat(world.tap(TELEGRAM, "bob", card, 1).note()).contains("was withdrawn");
    }

    @Test
    void impossibleSetUpsAreRefusedWithTheWayToFixThem() {
        OpenSpaceService spaces = world.services.openSpaces();
        assertThatThrownBy(() -> spaces.create(List.of(TELEGRAM), "Gathering", ZoneOffset.UTC, List.of(),
                List.of(new Space("Hall", 10)))).hasMessageContaining("at least one time slot");
        assertThatThrownBy(() -> new Space("Hall", 0)).hasMessageContaining("Hall:20");

        OpenSpace openSpace = world.openSpace(1, 20);
        world.command(TELEGRAM, "ann", "propose", "One");
        world.command(TELEGRAM, "bob", "propose", "Two");
        assertThatThrownBy(() -> world.services.schedules().schedule(openSpace.id()))
                .hasMessageContaining("2 sessions but only 1 places").hasMessageContaining("openspace add");

        world.services.openSpaces().add(openSpace.id(), List.of(), List.of(new Space("Porch", 8)));
        world.command(TELEGRAM, "ann", "propose", "Three");
        world.services.openSpaces().add(openSpace.id(), List.of(new Slot(OpenSpaceWorld.DAY.plus(Duration.ofHours(3)),
                Duration.ofMinutes(50))), List.of());
        world.command(TELEGRAM, "ann", "propose", "Four");
        assertThatThrownBy(() -> world.services.schedules().schedule(openSpace.id()))
                .hasMessageContaining("Sessions 1, 3, 4 share a host, and there are only 2 slots");
    }

    @Test
    void theAgendaKeepsHostsApartAndIsPostedAsTextAndPictureWithPlacesOnTheCards() {
        OpenSpace openSpace = world.openSpace(2, 20, 5);
        world.command(TELEGRAM, "ann", "propose", "Buddy scheme");
        world.command(TELEGRAM, "ann", "propose", "Forms we can read");
        world.command(DISCORD, "bob", "propose", "Football for all");
        world.settle();
        for (String who : List.of("cat", "dev", "eve", "fay", "gus", "hal")) {
            world.tap(TELEGRAM, who, world.cardId(TELEGRAM, 3), 1);
        }

        ScheduleService.Scheduled scheduled = world.services.schedules().schedule(openSpace.id());
        assertThat(scheduled.schedule().unplaced()).isEmpty();
        assertThat(scheduled.schedule().proven()).isTrue();
        List<Booking> agenda = world.core.openSpaces.agenda(openSpace.id());
        assertThat(slotOf(agenda, 1)).isNotEqualTo(slotOf(agenda, 2));
        assertThat(agenda.stream().filter(b -> b.sessionId() == 3).findFirst().orElseThrow().space()).isZero();

        AgendaService.Posted posted = world.services.agendas().post(openSpace.id());
        assertThat(posted.pictures()).isEqualTo(2);
        world.settle();
        assertThat(world.posts(TELEGRAM)).anySatisfy(text -> assertThat(text)
                .contains("<b>Agenda · Spring gathering</b>", "<b>14:00–14:50</b>", "Football for all (6 interested)"));
        assertThat(world.posts(DISCORD)).anySatisfy(text -> assertThat(text).contains("**Agenda · Spring gathering**"));
        OutboundMessage.Picture picture = (OutboundMessage.Picture) world.dc.sentTo(DISCORD).stream()
                .map(s -> s.message()).filter(m -> m instanceof OutboundMessage.Picture).findFirst().orElseThrow();
        assertThat(picture.png()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(picture.format()).isEqualTo(TextFormat.MARKDOWN);
        assertThat(world.cardText(TELEGRAM, world.cardId(TELEGRAM, 3))).contains("🕙 ", "· Room A");
    }

    private static int slotOf(List<Booking> agenda, long session) {
        return agenda.stream().filter(b -> b.sessionId() == session).findFirst().orElseThrow().slot();
    }

    private OutboundMessage.Post card(ChatRef chat) {
        return (OutboundMessage.Post) world.platformOf(chat).sentTo(chat).stream()
                .filter(s -> s.message() instanceof OutboundMessage.Post p && !p.buttons().isEmpty())
                .findFirst().orElseThrow().message();
    }
}
