package org.commonground.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Gathering;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbcGatheringStoreTest {

    private final TestDatabase db = new TestDatabase();
    private final JdbcGatheringStore gatherings = db.gatherings();
    private final ChatRef telegram = ChatRef.parse("telegram:-100123");
    private final ChatRef discord = ChatRef.parse("discord:5566");
    private final ChatRef local = ChatRef.parse("local:main");

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void createsAGatheringWithItsChatsInOrder() {
        Gathering created = gatherings.findOrCreate(List.of(telegram, discord), "North West network");

        assertThat(created.name()).isEqualTo("North West network");
        assertThat(created.chats()).containsExactly(telegram, discord);
        assertThat(gatherings.find(created.id())).contains(created);
    }

    @Test
    void theSameChatsInAnyOrderGiveTheSameGathering() {
        Gathering first = gatherings.findOrCreate(List.of(telegram, discord), "first");

        Gathering again = gatherings.findOrCreate(List.of(discord, telegram, discord), "second");

        assertThat(again).isEqualTo(first);
        assertThat(db.count("gatherings")).isEqualTo(1);
    }

    @Test
    void findsAGatheringCreatedEarlierInTheSameTransaction() {
        Gathering[] both = db.transactions.inTransaction(() -> new Gathering[] {
                gatherings.findOrCreate(List.of(telegram, discord), "first"),
                gatherings.findOrCreate(List.of(discord, telegram), "second")});

        assertThat(both[1]).isEqualTo(both[0]);
    }

    @Test
    void otherChatsGiveAnotherGathering() {
        Gathering both = gatherings.findOrCreate(List.of(telegram, discord), "both");

        Gathering one = gatherings.findOrCreate(List.of(telegram), "one");
        Gathering three = gatherings.findOrCreate(List.of(telegram, discord, local), "three");

        assertThat(List.of(both.id(), one.id(), three.id())).doesNotHaveDuplicates();
        assertThat(one.chats()).containsExactly(telegram);
    }

    @Test
    void repeatedChatsAreKeptOnce() {
        Gathering created = gatherings.findOrCreate(List.of(local, local), "local");

        assertThat(gatherings.find(created.id()).orElseThrow().chats()).containsExactly(local);
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(gatherings.find(404)).isEmpty();
    }
}
