package org.commonground.testkit.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GatewayProtocolTest {
    private static final int GUILDS = 1;
    private static final int GUILD_MESSAGES = 1 << 9;
    private static final int DIRECT_MESSAGES = 1 << 12;
    private static final int MESSAGE_CONTENT = 1 << 15;

    private FakeDiscord fake;
    private FakeGuild guild;
    private FakeChannel general;
    private Person alice;

    @BeforeEach
    void start() {
        fake = FakeDiscord.start();
        guild = fake.guild("Network");
        general = guild.textChannel("general");
        alice = guild.member("alice");
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void identifyBeforeHelloStartsASessionWithReadyAndGuildCreate() {
        try (RawGateway client = RawGateway.connect(fake.gatewayUrl())) {
            client.identify(fake.token(), GUILDS | GUILD_MESSAGES);

            assertThat(client.next().path("op").asInt()).isEqualTo(10);
            JsonNode ready = client.next();
            JsonNode guildCreate = client.next();
            client.send("{\"op\":1,\"d\":2}");

            assertThat(ready.path("t").asText()).isEqualTo("READY");
            assertThat(ready.path("s").asInt()).isEqualTo(1);
            assertThat(ready.at("/d/resume_gateway_url").asText()).isEqualTo(fake.gatewayUrl());
            assertThat(ready.at("/d/application/id").asLong()).isEqualTo(fake.applicationId());
            assertThat(ready.at("/d/guilds/0/unavailable").asBoolean()).isTrue();
            assertThat(guildCreate.path("s").asInt()).isEqualTo(2);
            assertThat(guildCreate.at("/d/channels/0/name").asText()).isEqualTo("general");
            assertThat(guildCreate.at("/d/roles/0/colors").isObject()).isTrue();
            assertThat(guildCreate.at("/d/afk_timeout").asInt()).isEqualTo(300);
            assertThat(guildCreate.at("/d/members")).as("without GUILD_MEMBERS only the bot").hasSize(1);
            assertThat(client.next().path("op").asInt()).as("heartbeat ACK").isEqualTo(11);
            assertThat(fake.identifies()).singleElement().extracting(Identify::intents)
                    .isEqualTo(GUILDS | GUILD_MESSAGES);
        }
    }

    @Test
    void aWrongTokenClosesWithAuthenticationFailed() {
        try (RawGateway client = RawGateway.connect(fake.gatewayUrl())) {
            client.identify("wrong", GUILDS);

            assertThat(client.awaitClose()).isEqualTo(4004);
        }
    }

    @Test
    void aShardOutsideTheShardCountIsRefused() {
        try (RawGateway client = RawGateway.connect(fake.gatewayUrl())) {
            client.send("{\"op\":2,\"d\":{\"token\":\"" + fake.token() + "\",\"intents\":1,\"shard\":[2,2]}}");

            assertThat(client.awaitClose()).isEqualTo(4010);
        }
    }

    @Test
    void withoutMessageContentGuildMessagesArriveBlankUnlessTheyMentionTheBot() {
        try (RawGateway client = RawGateway.connect(fake.gatewayUrl())) {
            client.identify(fake.token(), GUILDS | GUILD_MESSAGES);
            client.nextDispatch("GUILD_CREATE");

            alice.post(general, "secret");
            alice.post(alice.directChannel(), "a DM, but no DIRECT_MESSAGES intent");
            alice.mentionBot(general, "hello bot");

            assertThat(client.nextDispatch("MESSAGE_CREATE").at("/d/content").asText()).isEmpty();
            assertThat(client.nextDispatch("MESSAGE_CREATE").at("/d/content").asText())
                    .isEqualTo("<@" + fake.botId() + "> hello bot");
        }
    }

    @Test
    void resumeReplaysWhatTheClientMissedThenSaysResumed() {
        try (RawGateway first = RawGateway.connect(fake.gatewayUrl())) {
            first.identify(fake.token(), GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES | MESSAGE_CONTENT);
            String session = first.nextDispatch("READY").at("/d/session_id").asText();
            alice.post(general, "seen");
            int seen = first.nextDispatch("MESSAGE_CREATE").path("s").asInt();

            fake.sendReconnect();
            assertThat(first.next().path("op").asInt()).isEqualTo(7);
            alice.post(general, "missed 1");
            alice.post(alice.directChannel(), "missed 2");

            try (RawGateway second = RawGateway.connect(fake.gatewayUrl())) {
                second.send("{\"op\":6,\"d\":{\"token\":\"" + fake.token() + "\",\"session_id\":\"" + session
                        + "\",\"seq\":" + seen + "}}");
                second.next();
                JsonNode missed1 = second.next();
                JsonNode missed2 = second.next();
                JsonNode resumed = second.next();

                assertThat(missed1.at("/d/content").asText()).isEqualTo("missed 1");
                assertThat(missed1.path("s").asInt()).isEqualTo(seen + 1);
                assertThat(missed2.at("/d/content").asText()).isEqualTo("missed 2");
                assertThat(resumed.path("t").asText()).isEqualTo("RESUMED");
                assertThat(resumed.path("s").asInt()).isEqualTo(seen + 3);
                assertThat(fake.resumes()).isEqualTo(1);
            }
        }
    }

    @Test
    void aSessionInvalidatedForGoodCannotBeResumed() {
        try (RawGateway first = RawGateway.connect(fake.gatewayUrl())) {
            first.identify(fake.token(), GUILDS);
            String session = first.nextDispatch("READY").at("/d/session_id").asText();

            fake.invalidateSession(false);
            JsonNode invalid = first.next();
            while (invalid.path("op").asInt() != 9) {
                invalid = first.next();
            }

            assertThat(invalid.path("d").asBoolean()).isFalse();
            try (RawGateway second = RawGateway.connect(fake.gatewayUrl())) {
                second.send("{\"op\":6,\"d\":{\"token\":\"" + fake.token() + "\",\"session_id\":\"" + session
                        + "\",\"seq\":1}}");
                second.next();
                assertThat(second.next().path("op").asInt()).isEqualTo(9);
            }
        }
    }

    @Test
    void aDroppedConnectionEndsWithoutACloseFrame() {
        try (RawGateway client = RawGateway.connect(fake.gatewayUrl())) {
            client.identify(fake.token(), GUILDS);
            client.nextDispatch("READY");

            fake.dropConnections();

            assertThat(client.awaitClose()).isEqualTo(1006);
        }
    }

    @Test
    void zlibStreamCompressesEveryPayloadInOneStream() {
        try (RawGateway client = RawGateway.connect(fake.gatewayUrl() + "?v=10&encoding=json&compress=zlib-stream")) {
            client.identify(fake.token(), GUILDS | GUILD_MESSAGES | MESSAGE_CONTENT);
            client.nextDispatch("GUILD_CREATE");

            alice.post(general, "compressed");

            assertThat(client.nextDispatch("MESSAGE_CREATE").at("/d/content").asText()).isEqualTo("compressed");
        }
    }

    @Test
    void theMessageContentIntentCanBeRefusedToTheApp() {
        try (FakeDiscord strict = FakeDiscord.builder().messageContentEnabled(false).start();
                RawGateway client = RawGateway.connect(strict.gatewayUrl())) {
            client.identify(strict.token(), GUILDS | MESSAGE_CONTENT);

            assertThat(client.awaitClose()).isEqualTo(4014);
        }
    }

    @Test
    void editsAndDeletionsByPeopleAreDispatched() {
        try (RawGateway client = RawGateway.connect(fake.gatewayUrl())) {
            client.identify(fake.token(), GUILDS | GUILD_MESSAGES | MESSAGE_CONTENT);
            client.nextDispatch("GUILD_CREATE");
            long id = alice.post(general, "first thought");

            alice.edit(general, id, "second thought");
            alice.delete(general, id);

            JsonNode update = client.nextDispatch("MESSAGE_UPDATE").path("d");
            JsonNode delete = client.nextDispatch("MESSAGE_DELETE").path("d");
            assertThat(update.path("content").asText()).isEqualTo("second thought");
            assertThat(update.path("edited_timestamp").isNull()).isFalse();
            assertThat(delete.path("id").asLong()).isEqualTo(id);
            assertThat(delete.path("guild_id").asLong()).isEqualTo(guild.id());
            assertThat(fake.history(general)).isEmpty();
        }
    }

    @Test
    void aResumableInvalidSessionCanBeResumed() {
        try (RawGateway first = RawGateway.connect(fake.gatewayUrl())) {
            first.identify(fake.token(), GUILDS);
            String session = first.nextDispatch("READY").at("/d/session_id").asText();
            int seq = first.nextDispatch("GUILD_CREATE").path("s").asInt();

            fake.invalidateSession(true);

            assertThat(first.next().path("d").asBoolean()).isTrue();
            try (RawGateway second = RawGateway.connect(fake.gatewayUrl())) {
                second.send("{\"op\":6,\"d\":{\"token\":\"" + fake.token() + "\",\"session_id\":\"" + session
                        + "\",\"seq\":" + seq + "}}");
                assertThat(second.nextDispatch("RESUMED").path("s").asInt()).isEqualTo(seq + 1);
            }
        }
    }
}
