package org.commonground.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.adapter.jdbc.TestDatabase.T0;

import java.util.List;

import org.commonground.core.domain.Chat;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.domain.OutboundMessage.Post;
import org.commonground.core.domain.OutboxMessage;
import org.commonground.core.domain.Round;
import org.commonground.core.domain.Topic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcChatStoreTest {

    private final TestDatabase db = new TestDatabase();
    private final JdbcChatStore chats = db.chats();
    private final ChatRef group = ChatRef.parse("telegram:-1001234567890");
    private final ChatRef channel = ChatRef.parse("discord:112233445566778899");

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void recordsAChatWithItsTitle() {
        chats.seen(group, "Care reform <North> \"West\" 🌱", T0);

        assertThat(chats.find(group)).contains(new Chat(group, "Care reform <North> \"West\" 🌱", T0));
        assertThat(chats.find(channel)).isEmpty();
    }

    @Test
    void aMissingTitleKeepsTheKnownOneAndANewTitleReplacesIt() {
        chats.seen(group, "Old name", T0);
        chats.seen(group, null, T0.plusSeconds(5));
        assertThat(chats.find(group)).contains(new Chat(group, "Old name", T0.plusSeconds(5)));

        chats.seen(group, "New name", T0.plusSeconds(9));
        assertThat(chats.find(group).orElseThrow().title()).isEqualTo("New name");
    }

    @Test
    void aChatFirstSeenWithoutTitleHasNone() {
        chats.seen(channel, null, T0);

        assertThat(chats.find(channel)).contains(new Chat(channel, null, T0));
    }

    @Test
    void listsMostRecentlySeenFirst() {
        chats.seen(group, "g", T0);
        chats.seen(channel, "c", T0.plusSeconds(1));
        assertThat(chats.list()).extracting(Chat::ref).containsExactly(channel, group);

        chats.seen(group, null, T0.plusSeconds(2));
        assertThat(chats.list()).extracting(Chat::ref).containsExactly(group, channel);
    }

    @Test
    void aLateEventDoesNotMoveLastSeenBack() {
        chats.seen(group, "g", T0.plusSeconds(60));
        chats.seen(group, null, T0);

        assertThat(chats.find(group).orElseThrow().lastSeen()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void seesAnotherProcesssWriteOnceTheShortExpiryHasPassed() {
        chats.seen(group, "Before", T0);
        assertThat(chats.find(group).orElseThrow().title()).isEqualTo("Before");

        JdbcClient.create(db.dataSource()).sql("UPDATE chats SET title = 'After' WHERE ref = :ref")
                .param("ref", group.toString()).update();
        db.letCachesExpire();

        assertThat(chats.find(group).orElseThrow().title()).isEqualTo("After");
    }

    @Test
    void seesItsOwnWriteAtOnce() {
        assertThat(chats.find(group)).isEmpty();

        chats.seen(group, "Now", T0);

        assertThat(chats.find(group)).isPresent();
    }

    @Test
    void aMovedChatTakesItsRoundsMembersAndPendingMessagesAlongOnce() {
        ChatRef supergroup = ChatRef.parse("telegram:-1009999");
        MemberRef ann = MemberRef.parse("telegram:1");
        MemberRef bob = MemberRef.parse("telegram:2");
        chats.seen(group, "Gathering", T0);
        Round round = db.openRound(group.toString(), channel.toString());
        JdbcMemberStore members = db.members();
        members.seen(ann, "Ann", group, T0);
        members.seen(bob, "Bob", group, T0);
        members.seen(bob, "Bob", supergroup, T0.plusSeconds(1));
        JdbcOutboxStore outbox = db.outbox();
        long delivered = outbox.enqueue(group, Post.plain("the prompt"), Topic.round(round.id()), T0);
        outbox.markDelivered(delivered, "7", T0);
        long pending = outbox.enqueue(group, Post.plain("the summary"), Topic.summary(round.id()), T0);

        assertThat(db.transactions.inTransaction(() -> chats.move(group, supergroup, T0.plusSeconds(5)))).isEqualTo(1);
        assertThat(chats.move(group, supergroup, T0.plusSeconds(6))).isZero();
        db.letCachesExpire();

        assertThat(db.rounds().find(round.id()).orElseThrow().chats()).containsExactly(supergroup, channel);
        assertThat(db.rounds().openIn(supergroup)).extracting(Round::id).containsExactly(round.id());
        assertThat(db.rounds().openIn(group)).isEmpty();
        assertThat(members.chatsOf(ann)).containsExactly(supergroup);
        assertThat(members.chatsOf(bob)).containsExactly(supergroup);
        assertThat(chats.find(supergroup).orElseThrow().title()).isEqualTo("Gathering");
        assertThat(outbox.find(pending).map(OutboxMessage::chat)).contains(supergroup);
        assertThat(outbox.due(List.of("telegram"), T0.plusSeconds(9), 10)).extracting(OutboxMessage::id)
                .containsExactly(pending);
        assertThat(outbox.topicOf(group, "7")).contains(Topic.round(round.id()));
    }
}
