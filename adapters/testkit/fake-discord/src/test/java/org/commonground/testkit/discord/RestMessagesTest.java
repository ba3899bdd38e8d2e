package org.commonground.testkit.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestMessagesTest {
    private FakeDiscord fake;
    private RawHttp http;
    private FakeChannel general;
    private Person alice;

    @BeforeEach
    void start() {
        fake = FakeDiscord.start();
        http = new RawHttp(fake);
        FakeGuild guild = fake.guild("Network");
        general = guild.textChannel("general");
        alice = guild.member("alice");
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void contentOverTwoThousandCharactersIsAnInvalidFormBody() {
        RawHttp.Reply tooLong = send("{\"content\":\"" + "x".repeat(2001) + "\"}");
        RawHttp.Reply emojis = send("{\"content\":\"" + "\\uD83D\\uDE00".repeat(2000) + "\"}");

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("code").asInt()).isEqualTo(50035);
        assertThat(tooLong.json().path("message").asText()).isEqualTo("Invalid Form Body");
        assertThat(tooLong.json().at("/errors/content/_errors/0/code").asText()).isEqualTo("BASE_TYPE_MAX_LENGTH");
        assertThat(emojis.status()).as("2000 characters outside the BMP are 2000 characters").isEqualTo(200);
    }

    @Test
    void anEmptyMessageIsRefused() {
        RawHttp.Reply blank = send("{\"content\":\"   \",\"embeds\":[],\"components\":[]}");

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("code").asInt()).isEqualTo(50006);
        assertThat(blank.json().path("message").asText()).isEqualTo("Cannot send an empty message");
    }

    @Test
    void unknownEntitiesAndRoutesAnswerWithDiscordErrors() {
        assertThat(http.get("channels/1").json().path("code").asInt()).isEqualTo(10003);
        assertThat(http.get("channels/" + general.id() + "/messages/1").json().path("code").asInt()).isEqualTo(10008);
        assertThat(http.get("nowhere").status()).isEqualTo(404);
        assertThat(http.call("PUT", "users/@me", "{}").status()).isEqualTo(405);
        RawHttp.Reply anonymous = http.anonymous("GET", "users/@me", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().path("message").asText()).isEqualTo("401: Unauthorized");
    }

    @Test
    void aBotReplyIsStoredWithItsReferenceAndRecordedAsSent() {
        long asked = alice.post(general, "what matters to you?");
        RawHttp.Reply reply = send("{\"content\":\"thanks @everyone\",\"allowed_mentions\":{\"parse\":[]},"
                + "\"message_reference\":{\"message_id\":\"" + asked + "\",\"fail_if_not_exists\":false},"
                + "\"components\":[{\"type\":1,\"components\":[{\"type\":2,\"style\":1,\"label\":\"Vision\","
                + "\"custom_id\":\"cat:vision\"}]}],\"nonce\":\"42\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("type").asInt()).isEqualTo(19);
        assertThat(reply.json().path("nonce").asText()).isEqualTo("42");
        assertThat(reply.json().path("mentions")).as("replied_user false pings nobody").isEmpty();
        assertThat(reply.json().at("/referenced_message/content").asText()).isEqualTo("what matters to you?");
        assertThat(reply.json().at("/components/0/components/0/id").asInt()).as("ids filled in").isEqualTo(2);
        SentMessage sent = fake.sentMessages(general).get(0);
        assertThat(sent.allowedMentionTypes()).isEmpty();
        assertThat(sent.replyTo()).isEqualTo(asked);
        assertThat(sent.customIds()).containsExactly("cat:vision");
        assertThat(fake.history(general)).extracting(ChannelMessage::authorId)
                .containsExactly(alice.id(), fake.botId());
    }

    @Test
    void aReplyToAnUnknownMessageFailsUnlessToldNotTo() {
        RawHttp.Reply strict = send("{\"content\":\"hi\",\"message_reference\":{\"message_id\":\"12345\"}}");

        assertThat(strict.status()).isEqualTo(400);
        assertThat(strict.json().at("/errors/message_reference/_errors/0/code").asText())
                .isEqualTo("MESSAGE_REFERENCE_UNKNOWN_MESSAGE");
    }

    @Test
    void theBotEditsAndDeletesOnlyItsOwnMessages() {
        long own = send("{\"content\":\"draft\"}").json().path("id").asLong();
        long theirs = alice.post(general, "mine");
        String messages = "channels/" + general.id() + "/messages/";

        RawHttp.Reply edited = http.call("PATCH", messages + own, "{\"content\":\"final\"}");
        RawHttp.Reply notMine = http.call("PATCH", messages + theirs, "{\"content\":\"hacked\"}");
        RawHttp.Reply deleteTheirs = http.call("DELETE", messages + theirs, null);
        RawHttp.Reply deleteOwn = http.call("DELETE", messages + own, null);

        assertThat(edited.json().path("content").asText()).isEqualTo("final");
        assertThat(edited.json().path("edited_timestamp").isNull()).isFalse();
        assertThat(notMine.json().path("code").asInt()).isEqualTo(50005);
        assertThat(deleteTheirs.json().path("code").asInt()).as("the bot lacks Manage Messages").isEqualTo(50013);
        assertThat(deleteOwn.status()).isEqualTo(204);
        assertThat(fake.history(general)).extracting(ChannelMessage::content).containsExactly("mine");
    }

    @Test
    void reactionsAreRecordedAndRemoved() {
        long id = alice.post(general, "a reply");
        String path = "channels/" + general.id() + "/messages/" + id + "/reactions/%E2%9C%85/@me";

        assertThat(http.call("PUT", path, null).status()).isEqualTo(204);
        assertThat(fake.reactions()).containsExactly(new Reaction(general.id(), id, "\u2705"));
        assertThat(http.call("DELETE", path, null).status()).isEqualTo(204);
        assertThat(fake.reactions()).isEmpty();
        assertThat(http.call("PUT", path.replace(String.valueOf(id), "1"), null).json().path("code").asInt())
                .isEqualTo(10008);
    }

    @Test
    void historyPagesNewestFirstAroundAnyMessage() {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            ids.add(alice.post(general, "m" + i));
        }
        String messages = "channels/" + general.id() + "/messages";

        assertThat(contents(http.get(messages + "?limit=3"))).containsExactly("m7", "m6", "m5");
        assertThat(contents(http.get(messages + "?limit=3&before=" + ids.get(4)))).containsExactly("m4", "m3", "m2");
        assertThat(contents(http.get(messages + "?limit=2&after=" + ids.get(0)))).containsExactly("m3", "m2");
        assertThat(contents(http.get(messages + "?limit=3&around=" + ids.get(3)))).containsExactly("m5", "m4", "m3");
        assertThat(contents(http.get(messages))).hasSize(7);
        assertThat(http.get(messages + "?limit=101").json().at("/errors/limit/_errors/0/code").asText())
                .isEqualTo("NUMBER_TYPE_MAX");
        assertThat(ids).isSorted();
    }

    @Test
    void directChannelsOpenForKnownUsersOnly() {
        RawHttp.Reply opened = http.call("POST", "users/@me/channels", "{\"recipient_id\":\"" + alice.id() + "\"}");
        RawHttp.Reply nobody = http.call("POST", "users/@me/channels", "{\"recipient_id\":\"1\"}");

        assertThat(opened.json().path("id").asLong()).isEqualTo(alice.directChannel().id());
        assertThat(opened.json().at("/recipients/0/id").asLong()).isEqualTo(alice.id());
        assertThat(nobody.json().path("code").asInt()).isEqualTo(50033);
    }

    @Test
    void theBotTheApplicationAndTheGatewayAreDescribed() {
        assertThat(http.get("users/@me").json().path("bot").asBoolean()).isTrue();
        assertThat(http.get("gateway/bot").json().path("url").asText()).isEqualTo(fake.gatewayUrl());
        assertThat(http.get("gateway/bot").json().at("/session_start_limit/max_concurrency").asInt()).isEqualTo(1);
        assertThat(http.get("applications/@me").json().path("id").asLong()).isEqualTo(fake.applicationId());
        assertThat(http.get("oauth2/applications/@me").json().at("/bot/id").asLong()).isEqualTo(fake.botId());
    }

    private RawHttp.Reply send(String json) {
        return http.call("POST", "channels/" + general.id() + "/messages", json);
    }

    private static List<String> contents(RawHttp.Reply reply) {
        List<String> contents = new ArrayList<>();
        for (JsonNode message : reply.json()) {
            contents.add(message.path("content").asText());
        }
        return contents;
    }
}
