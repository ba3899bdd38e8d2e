package org.commonground.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.adapter.jdbc.TestDatabase.T0;
import static org.commonground.adapter.jdbc.TestDatabase.placement;

import java.util.List;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Member;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.domain.Round;
import org.commonground.core.member.MemberService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcMemberStoreTest {

    private final TestDatabase db = new TestDatabase();
    private final JdbcMemberStore members = db.members();
    private final MemberRef ana = MemberRef.parse("telegram:4242");
    private final MemberRef bo = MemberRef.parse("discord:9001");
    private final ChatRef group = ChatRef.parse("telegram:-100123");
    private final ChatRef direct = ChatRef.parse("telegram:4242");

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNewMemberIsNotCredited() {
        Member seen = members.seen(ana, "Ana 'the organiser' 🌻", group, T0);

        assertThat(seen).isEqualTo(new Member(ana, "Ana 'the organiser' 🌻", false));
        assertThat(members.find(ana)).contains(seen);
        assertThat(members.find(bo)).isEmpty();
    }

    @Test
    void keepsTheLatestDisplayNameAndTheCreditChoice() {
        members.seen(ana, "Ana", group, T0);
        members.setCredited(ana, true);

        Member again = members.seen(ana, "Ana B.", group, T0.plusSeconds(1));
        assertThat(again).isEqualTo(new Member(ana, "Ana B.", true));
        assertThat(members.seen(ana, null, group, T0.plusSeconds(2)).displayName()).isEqualTo("Ana B.");
    }

    @Test
    void listsTheChatsSpokenInMostRecentFirstAndOnce() {
        members.seen(ana, "Ana", group, T0);
        members.seen(ana, "Ana", direct, T0.plusSeconds(1));
        assertThat(members.chatsOf(ana)).containsExactly(direct, group);

        members.seen(ana, "Ana", group, T0.plusSeconds(2));
        assertThat(members.chatsOf(ana)).containsExactly(group, direct);
        assertThat(members.chatsOf(bo)).isEmpty();
    }

    @Test
    void setsCreditOnlyForKnownMembers() {
        members.seen(ana, "Ana", group, T0);

        assertThat(members.setCredited(ana, true)).isTrue();
        assertThat(members.find(ana).orElseThrow().credited()).isTrue();
        assertThat(members.setCredited(ana, false)).isTrue();
        assertThat(members.find(ana).orElseThrow().credited()).isFalse();
        assertThat(members.setCredited(bo, true)).isFalse();
    }

    @Test
    void deletesAMemberAndWhereTheySpoke() {
        members.seen(ana, "Ana", group, T0);
        members.seen(bo, "Bo", group, T0);

        assertThat(members.delete(ana)).isTrue();

        assertThat(members.find(ana)).isEmpty();
        assertThat(members.chatsOf(ana)).isEmpty();
        assertThat(members.delete(ana)).isFalse();
        assertThat(members.chatsOf(bo)).containsExactly(group);
        assertThat(db.count("member_chats")).isEqualTo(1);
    }

    @Test
    void forgettingAMemberRemovesTheirContributionsFeaturesAndChats() {
        Round round = db.openRound("telegram:-100123");
        JdbcContributionStore contributions = db.contributions();
        members.seen(ana, "Ana", group, T0);
        members.seen(bo, "Bo", group, T0);
        contributions.add(round.id(), group, "1", ana, "mine", placement(Category.IDEA, 0.9, 1f), T0);
        contributions.add(round.id(), group, "2", ana, "also mine", placement(Category.IDEA, 0.9, 2f), T0);
        long kept = contributions.add(round.id(), group, "3", bo, "theirs", placement(Category.IDEA, 0.9, 3f), T0)
                .orElseThrow().id();

        MemberService.Forgotten forgotten = new MemberService(members, contributions, db.transactions,
                List.of()).forget(ana);

        assertThat(forgotten).isEqualTo(new MemberService.Forgotten(true, 2, 0));
        assertThat(members.find(ana)).isEmpty();
        assertThat(contributions.listByAuthor(ana)).isEmpty();
        assertThat(contributions.features(round.id())).containsOnlyKeys(kept);
        assertThat(db.count("member_chats")).isEqualTo(1);
        assertThat(members.find(bo)).isPresent();
    }

    @Test
    void seesAnotherProcesssForgettingOnceTheShortExpiryHasPassed() {
        members.seen(ana, "Ana", group, T0);
        assertThat(members.find(ana)).isPresent();
        assertThat(members.chatsOf(ana)).containsExactly(group);

        JdbcClient.create(db.dataSource()).sql("DELETE FROM members WHERE ref = :ref")
                .param("ref", ana.toString()).update();
        db.letCachesExpire();

        assertThat(members.find(ana)).isEmpty();
        assertThat(members.chatsOf(ana)).isEmpty();
    }

    @Test
    void seesItsOwnWritesAtOnce() {
        assertThat(members.find(ana)).isEmpty();
        assertThat(members.chatsOf(ana)).isEmpty();

        members.seen(ana, "Ana", group, T0);
        assertThat(members.find(ana)).isPresent();
        assertThat(members.chatsOf(ana)).containsExactly(group);

        members.setCredited(ana, true);
        assertThat(members.find(ana).orElseThrow().credited()).isTrue();
    }
}
