package org.commonground.testkit.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestInteractionsTest {
    private static final String SHARE = "{\"name\":\"share\",\"description\":\"Share a reply\",\"options\":"
            + "[{\"type\":3,\"name\":\"text\",\"description\":\"Your reply\",\"required\":true}]}";
    private static final String ROUND = "{\"name\":\"round\",\"description\":\"Open a round\","
            + "\"default_member_permissions\":\"32\"}";

    private FakeDiscord fake;
    private RawHttp http;
    private FakeGuild guild;
    private FakeChannel general;
    private Person alice;
    private RawGateway gateway;

    @BeforeEach
    void start() {
        fake = FakeDiscord.start();
        http = new RawHttp(fake);
        guild = fake.guild("Network");
        general = guild.textChannel("general");
        alice = guild.member("alice");
        gateway = RawGateway.connect(fake.gatewayUrl());
        gateway.identify(fake.token(), 1);
        gateway.nextDispatch("GUILD_CREATE");
    }

    @AfterEach
    void stop() {
        gateway.close();
        fake.close();
    }

    @Test
    void overwritingCommandsKeepsTheIdsOfCommandsThatStay() {
        String path = "applications/" + fake.applicationId() + "/commands";
        RawHttp.Reply first = http.call("PUT", path, "[" + SHARE + "," + ROUND + "]");
        RawHttp.Reply second = http.call("PUT", path, "[" + SHARE + "]");

        assertThat(second.json().get(0).path("id")).isEqualTo(first.json().get(0).path("id"));
        assertThat(fake.commands()).extracting(RegisteredCommand::name).containsExactly("share");
        assertThat(http.get(path).json()).hasSize(1);
        assertThat(http.call("PUT", path, "[{\"name\":\"Bad Name\",\"description\":\"x\"}]").json()
                .at("/errors/0/name/_errors/0/code").asText()).isEqualTo("APPLICATION_COMMAND_INVALID_NAME");
        assertThat(http.get("applications/1/commands").json().path("code").asInt()).isEqualTo(10002);
    }

    @Test
    void peopleRunOnlyRegisteredCommandsTheyArePermittedToUse() {
        register("[" + SHARE + "," + ROUND + "]");
        Person carol = guild.organiser("carol");

        assertThatThrownBy(() -> alice.slashCommand(general, "missing", Map.of()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> alice.slashCommand(general, "round", Map.of()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> alice.slashCommand(general, "share", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(carol.slashCommand(general, "round", Map.of())).isPositive();
        assertThat(fake.commands()).filteredOn(c -> c.name().equals("round"))
                .extracting(RegisteredCommand::defaultMemberPermissions).containsExactly("32");
    }

    @Test
    void aCallbackIsAcceptedOnceAndItsReplyIsRecorded() {
        register("[" + SHARE + "]");
        long id = alice.slashCommand(general, "share", Map.of("text", "more buses"));
        String token = callbackToken(id);
        String path = "interactions/" + id + "/" + token + "/callback";

        RawHttp.Reply update = http.anonymous("POST", path, "{\"type\":7,\"data\":{\"content\":\"x\"}}");
        RawHttp.Reply pong = http.anonymous("POST", path, "{\"type\":1}");
        RawHttp.Reply reply = http.anonymous("POST", path + "?with_response=true",
                "{\"type\":4,\"data\":{\"content\":\"Thanks!\",\"flags\":64}}");
        RawHttp.Reply again = http.anonymous("POST", path, "{\"type\":4,\"data\":{\"content\":\"Again\"}}");
        RawHttp.Reply wrongToken = http.anonymous("POST", "interactions/" + id + "/nope/callback", "{\"type\":6}");

        assertThat(update.json().at("/errors/type/_errors/0/message").asText())
                .as("a slash command has no message to update").isEqualTo("Value must be one of {4, 5, 9}.");
        assertThat(pong.status()).isEqualTo(400);
        assertThat(reply.json().at("/resource/message/content").asText()).isEqualTo("Thanks!");
        assertThat(reply.json().at("/interaction/response_message_ephemeral").asBoolean()).isTrue();
        assertThat(again.json().path("code").asInt()).isEqualTo(40060);
        assertThat(wrongToken.json().path("code").asInt()).isEqualTo(10062);
        assertThat(fake.interactionResponses(id)).singleElement().satisfies(response -> {
            assertThat(response.type()).isEqualTo(4);
            assertThat(response.ephemeral()).isTrue();
            assertThat(response.content()).isEqualTo("Thanks!");
        });
        assertThat(fake.history(general)).as("ephemeral replies stay out of the channel").isEmpty();
    }

    @Test
    void aDeferredReplyIsCompletedThroughTheWebhook() {
        register("[" + SHARE + "]");
        long id = alice.slashCommand(general, "share", Map.of("text", "more buses"));
        String token = callbackToken(id);
        String webhook = "webhooks/" + fake.applicationId() + "/" + token;

        http.anonymous("POST", "interactions/" + id + "/" + token + "/callback", "{\"type\":5}");
        RawHttp.Reply edited = http.anonymous("PATCH", webhook + "/messages/@original", "{\"content\":\"Done\"}");
        RawHttp.Reply followUp = http.anonymous("POST", webhook, "{\"content\":\"One more thing\"}");
        RawHttp.Reply unknown =
                http.anonymous("POST", "webhooks/" + fake.applicationId() + "/nope", "{\"content\":\"x\"}");

        assertThat(edited.json().path("content").asText()).isEqualTo("Done");
        assertThat(edited.json().path("flags").asInt() & 128).as("no longer loading").isZero();
        assertThat(followUp.json().at("/interaction_metadata/id").asLong()).isEqualTo(id);
        assertThat(unknown.json().path("code").asInt()).isEqualTo(10015);
        assertThat(fake.history(general)).extracting(ChannelMessage::content).containsExactly("Done", "One more thing");
        assertThat(fake.interactionResponses(id)).extracting(InteractionResponse::kind).containsExactly(
                InteractionResponse.Kind.CALLBACK, InteractionResponse.Kind.EDIT, InteractionResponse.Kind.FOLLOW_UP);
    }

    @Test
    void aButtonClickCanUpdateTheMessageItCameFrom() {
        long card = http.call("POST", "channels/" + general.id() + "/messages", "{\"content\":\"Which category?\","
                + "\"components\":[{\"type\":1,\"components\":[{\"type\":2,\"style\":1,\"label\":\"Idea\","
                + "\"custom_id\":\"cat:idea\"}]}]}").json().path("id").asLong();
        long first = alice.clickButton(general, card, "cat:idea");
        JsonNode click = gateway.nextDispatch("INTERACTION_CREATE").path("d");
        long second = alice.clickButton(general, card, "cat:idea");
        String secondToken = callbackToken(second);

        RawHttp.Reply update = http.anonymous("POST", "interactions/" + first + "/" + click.path("token").asText()
                + "/callback", "{\"type\":7,\"data\":{\"content\":\"Filed as an idea\",\"components\":[]}}");
        RawHttp.Reply deferred = http.anonymous("POST", "interactions/" + second + "/" + secondToken + "/callback",
                "{\"type\":6}");

        assertThat(click.at("/data/custom_id").asText()).isEqualTo("cat:idea");
        assertThat(click.at("/message/id").asLong()).isEqualTo(card);
        assertThat(click.at("/member/permissions").asText()).isNotEmpty();
        assertThat(update.status()).isEqualTo(204);
        assertThat(deferred.status()).isEqualTo(204);
        assertThat(fake.history(general)).singleElement().extracting(ChannelMessage::content)
                .isEqualTo("Filed as an idea");
        assertThatThrownBy(() -> alice.clickButton(general, card, "cat:idea"))
                .as("the update removed the button").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void guildCommandsAreKeptApartFromGlobalOnes() {
        String path = "applications/" + fake.applicationId() + "/guilds/" + guild.id() + "/commands";

        RawHttp.Reply created = http.call("POST", path, SHARE);
        RawHttp.Reply replaced = http.call("POST", path, SHARE);

        assertThat(created.status()).isEqualTo(201);
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(fake.commands()).singleElement().extracting(RegisteredCommand::guildId).isEqualTo(guild.id());
        assertThat(http.get("applications/" + fake.applicationId() + "/commands").json()).isEmpty();
        assertThat(alice.slashCommand(general, "share", Map.of("text", "hi"))).isPositive();
    }

    private void register(String commands) {
        assertThat(http.call("PUT", "applications/" + fake.applicationId() + "/commands", commands).status())
                .isEqualTo(200);
    }

    /** A bot learns the token from INTERACTION_CREATE. */
    private String callbackToken(long interactionId) {
        JsonNode interaction = gateway.nextDispatch("INTERACTION_CREATE").path("d");
        assertThat(interaction.path("id").asLong()).isEqualTo(interactionId);
        return interaction.path("token").asText();
    }
}
