package org.commonground.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.adapter.jdbc.TestDatabase.T0;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.commonground.core.domain.Button;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.OutboundMessage;
import org.commonground.core.domain.OutboundMessage.Edit;
import org.commonground.core.domain.OutboundMessage.Post;
import org.commonground.core.domain.OutboundMessage.React;
import org.commonground.core.domain.OutboxMessage;
import org.commonground.core.domain.OutboxStatus;
import org.commonground.core.domain.TextFormat;
import org.commonground.core.domain.Topic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcOutboxStoreTest {

    private final TestDatabase db = new TestDatabase();
    private final JdbcOutboxStore outbox = db.outbox();
    private final ChatRef telegram = ChatRef.parse("telegram:-100123");
    private final ChatRef telegramOther = ChatRef.parse("telegram:-100999");
    private final ChatRef discord = ChatRef.parse("discord:5566");
    private final List<String> all = List.of("telegram", "discord");

    @AfterEach
    void close() {
        db.close();
    }

    private long post(ChatRef chat, String text) {
        return outbox.enqueue(chat, Post.plain(text), null, T0);
    }

    private List<Long> dueIds(Instant now) {
        return outbox.due(all, now, 100).stream().map(OutboxMessage::id).toList();
    }

    @Test
    void aNewMessageIsPendingAndDueAtOnce() {
        long id = outbox.enqueue(telegram, Post.plain("Hello"), Topic.round(12), T0);

        OutboxMessage stored = outbox.find(id).orElseThrow();
        assertThat(stored).isEqualTo(new OutboxMessage(id, telegram, Post.plain("Hello"), "round:12",
                OutboxStatus.PENDING, 0, T0, null, null, T0));
        assertThat(outbox.due(all, T0, 10)).containsExactly(stored);
        assertThat(outbox.find(id + 1)).isEmpty();
    }

    @Test
    void everyKindOfMessageComesBackAsItWentIn() {
        List<Button> buttons = List.of(new Button("What matters 💬", "cat:VISION"),
                new Button("What's in our \"way\" <b>", "cat:OBSTACLE"));
        List<OutboundMessage> messages = List.of(
                new Post("<b>Thank you!</b> Which fits best? & 'why'", TextFormat.HTML, "501", buttons),
                new Post("**Markdown** with no reply", TextFormat.MARKDOWN, null, List.of()),
                new Post("x".repeat(4000) + " 🌱", TextFormat.PLAIN, null, List.of(new Button("Only", "d"))),
                new React("501", "✍"),
                new React("502", "👩🏽‍🦽"),
                new Edit("600", "Filed under <b>What we could do</b>", TextFormat.HTML, List.of()),
                new Edit("601", "Card: 3 interested", TextFormat.MARKDOWN, buttons));

        for (OutboundMessage message : messages) {
            long id = outbox.enqueue(telegram, message, null, T0);
            assertThat(outbox.find(id).orElseThrow().message()).isEqualTo(message);
        }
    }

    @Test
    void idsGrowInEnqueueOrderAcrossProcesses() {
        JdbcOutboxStore otherProcess = new JdbcOutboxStore(JdbcClient.create(db.dataSource()));

        long first = post(telegram, "1");
        long second = otherProcess.enqueue(telegram, Post.plain("2"), null, T0);
        long third = post(discord, "3");

        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);
    }

    @Test
    void eachChatGivesOnlyItsOldestPendingMessage() {
        long t1 = post(telegram, "t1");
        long d1 = post(discord, "d1");
        long t2 = post(telegram, "t2");
        long o1 = post(telegramOther, "o1");

        assertThat(dueIds(T0)).containsExactly(t1, d1, o1);

        outbox.markDelivered(t1, "9001", T0);
        assertThat(dueIds(T0)).containsExactly(d1, t2, o1);
    }

    @Test
    void aMessageWaitingForARetryHoldsBackTheOnesBehindIt() {
        long first = post(telegram, "first");
        long second = post(telegram, "second");
        long elsewhere = post(discord, "elsewhere");

        outbox.retryLater(first, T0.plusSeconds(30), "429 Too Many Requests: retry after 30");

        assertThat(dueIds(T0)).containsExactly(elsewhere);
        assertThat(dueIds(T0.plusSeconds(29))).containsExactly(elsewhere);
        assertThat(dueIds(T0.plusSeconds(30))).containsExactly(first, elsewhere);
        OutboxMessage retried = outbox.find(first).orElseThrow();
        assertThat(retried.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(retried.attempts()).isEqualTo(1);
        assertThat(retried.notBefore()).isEqualTo(T0.plusSeconds(30));
        assertThat(retried.lastError()).isEqualTo("429 Too Many Requests: retry after 30");

        outbox.markDelivered(first, "m1", T0.plusSeconds(30));
        assertThat(dueIds(T0.plusSeconds(30))).containsExactly(second, elsewhere);
    }

    @Test
    void aFailedMessageNoLongerHoldsUpItsChat() {
        long refused = post(telegram, "refused");
        long next = post(telegram, "next");

        outbox.markFailed(refused, "400 Bad Request: can't parse entities");

        assertThat(dueIds(T0)).containsExactly(next);
        OutboxMessage failed = outbox.find(refused).orElseThrow();
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.lastError()).isEqualTo("400 Bad Request: can't parse entities");
        assertThat(failed.attempts()).isEqualTo(1);
    }

    @Test
    void aDeliveredMessageKeepsItsPlatformIdAndLeavesTheQueue() {
        long id = post(telegram, "hi");
        outbox.retryLater(id, T0, "timeout");

        outbox.markDelivered(id, "777", T0.plusSeconds(2));
        outbox.retryLater(id, T0.plusSeconds(99), "late report of a failure");

        OutboxMessage delivered = outbox.find(id).orElseThrow();
        assertThat(delivered.status()).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(delivered.deliveredId()).isEqualTo("777");
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(dueIds(T0.plusSeconds(100))).isEmpty();
    }

    @Test
    void onlyChatsOfTheGivenPlatformsAndAtMostTheLimit() {
        long t = post(telegram, "t");
        long d = post(discord, "d");
        long o = post(telegramOther, "o");

        assertThat(outbox.due(List.of("discord"), T0, 10)).extracting(OutboxMessage::id).containsExactly(d);
        assertThat(outbox.due(List.of("telegram"), T0, 10)).extracting(OutboxMessage::id).containsExactly(t, o);
        assertThat(outbox.due(all, T0, 2)).extracting(OutboxMessage::id).containsExactly(t, d);
        assertThat(outbox.due(List.of(), T0, 10)).isEmpty();
        assertThat(outbox.due(List.of("local"), T0, 10)).isEmpty();
    }

    @Test
    void findsTheTopicOfADeliveredMessage() {
        long prompt = outbox.enqueue(telegram, Post.plain("What matters?"), Topic.round(12), T0);
        long ask = outbox.enqueue(discord, Post.plain("Which fits?"), Topic.ask(57), T0);
        assertThat(outbox.topicOf(telegram, "9001")).isEmpty();

        outbox.markDelivered(prompt, "9001", T0);
        outbox.markDelivered(ask, "9001", T0);
        long reaction = outbox.enqueue(telegram, new React("9001", "✍"), null, T0);
        outbox.markDelivered(reaction, "9001", T0);

        assertThat(outbox.topicOf(telegram, "9001")).contains(Topic.round(12));
        assertThat(outbox.topicOf(discord, "9001")).contains(Topic.ask(57));
        assertThat(outbox.topicOf(telegram, "9002")).isEmpty();
        assertThat(outbox.topicOf(telegramOther, "9001")).isEmpty();
    }

    @Test
    void seesAMessageDeliveredAfterAnEarlierMiss() {
        long prompt = outbox.enqueue(telegram, Post.plain("What matters?"), Topic.round(3), T0);
        assertThat(outbox.topicOf(telegram, "42")).isEmpty();

        new JdbcOutboxStore(JdbcClient.create(db.dataSource())).markDelivered(prompt, "42", T0);

        assertThat(outbox.topicOf(telegram, "42")).contains(Topic.round(3));
    }

    @Test
    void listsATopicsDeliveredMessagesOldestFirst() {
        long part1 = outbox.enqueue(telegram, Post.plain("part 1"), Topic.round(12), T0);
        long part2 = outbox.enqueue(telegram, Post.plain("part 2"), Topic.round(12), T0);
        long pending = outbox.enqueue(telegram, Post.plain("part 3"), Topic.round(12), T0);
        long otherTopic = outbox.enqueue(telegram, Post.plain("other"), Topic.round(13), T0);
        outbox.markDelivered(part2, "b", T0);
        outbox.markDelivered(part1, "a", T0);
        outbox.markDelivered(otherTopic, "c", T0);

        assertThat(outbox.deliveredFor(Topic.round(12))).extracting(OutboxMessage::id).containsExactly(part1, part2)
                .doesNotContain(pending);
    }

    @Test
    void countsMessagesInEachStatus() {
        assertThat(outbox.counts()).isEqualTo(Map.of(OutboxStatus.PENDING, 0, OutboxStatus.DELIVERED, 0,
                OutboxStatus.FAILED, 0));
        long a = post(telegram, "a");
        long b = post(discord, "b");
        post(telegramOther, "c");
        outbox.markDelivered(a, "1", T0);
        outbox.markFailed(b, "gone");

        assertThat(outbox.counts()).isEqualTo(Map.of(OutboxStatus.PENDING, 1, OutboxStatus.DELIVERED, 1,
                OutboxStatus.FAILED, 1));
    }
}
