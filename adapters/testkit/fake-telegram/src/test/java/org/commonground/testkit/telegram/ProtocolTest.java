package org.commonground.testkit.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The wire protocol itself, spoken by hand: what any client, not only TelegramBots, may send. */
class ProtocolTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeTelegram telegram = FakeTelegram.builder().pacing(Pacing.unlimited()).start();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Person alice = telegram.person("Alice");
    private final FakeChat direct = alice.privateChat();

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void aWrongTokenIsUnauthorizedAndAnUnknownMethodIsNotFound() throws Exception {
        HttpResponse<String> unauthorized = get("/bot1:wrong/getMe");
        HttpResponse<String> unknown = get("/bot" + telegram.token() + "/sendPigeon");

        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(unauthorized.body()).isEqualTo("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        assertThat(get("/").statusCode()).isEqualTo(404);
    }

    @Test
    void methodNamesInAnyCaseAndParametersFromQueryFormOrJson() throws Exception {
        alice.says(direct, "/start");
        String keyboard = "{\"inline_keyboard\":[[{\"text\":\"Yes\",\"callback_data\":\"yes\"}]]}";

        assertThat(json(get(api("GETME"))).at("/result/username").asText()).isEqualTo(telegram.botUsername());
        assertThat(json(get(api("SendMessage") + "?chat_id=" + direct.id() + "&text=via%20query")).at("/result/text")
                .asText()).isEqualTo("via query");
        assertThat(json(post("sendmessage", "application/x-www-form-urlencoded", "chat_id=" + direct.id()
                + "&text=via+form&reply_markup=" + URLEncoder.encode(keyboard, StandardCharsets.UTF_8)))
                .at("/result/reply_markup/inline_keyboard/0/0/callback_data").asText()).isEqualTo("yes");
        assertThat(json(post("sendMessage", "application/json", "{\"chat_id\":" + direct.id() + ",\"text\":\"number\"}"))
                .at("/result/chat/id").asLong()).isEqualTo(direct.id());
        assertThat(json(post("sendMessage", "application/json", "{\"chat_id\":\"" + direct.id() + "\",\"text\":\"text\"}"))
                .at("/ok").asBoolean()).isTrue();
        assertThat(json(post("sendMessage", "application/json", "{\"text\":\"nowhere\"}")).at("/description").asText())
                .isEqualTo("Bad Request: chat_id is empty");
        assertThat(json(post("sendMessage", "application/json", "{\"chat_id\":42,\"text\":\"x\"}")).at("/description")
                .asText()).isEqualTo("Bad Request: chat not found");
        assertThat(telegram.requests()).extracting(LoggedRequest::method)
                .contains("GETME", "SendMessage", "sendmessage");
    }

    @Test
    void getUpdatesConfirmsWhatLiesBelowTheOffsetAndHonoursTheLimit() throws Exception {
        List.of("one", "two", "three").forEach(text -> alice.says(direct, text));

        List<Integer> firstTwo = updateIds(poll("limit=2"));
        assertThat(updateIds(poll("limit=2"))).isEqualTo(firstTwo);
        assertThat(texts(poll("offset=" + firstTwo.get(1)))).containsExactly("two", "three");
        assertThat(telegram.pendingUpdates()).isEqualTo(2);
        assertThat(updateIds(poll("offset=" + (firstTwo.get(1) + 2)))).isEmpty();
        assertThat(telegram.pendingUpdates()).isZero();

        List.of("four", "five", "six").forEach(text -> alice.says(direct, text));
        assertThat(texts(poll("offset=-1"))).containsExactly("six");
        assertThat(telegram.pendingUpdates()).isEqualTo(1);
    }

    @Test
    void aLongPollWaitsForTheNextUpdate() throws Exception {
        CompletableFuture<HttpResponse<String>> waiting = pollAsync("timeout=30");
        assertThat(waiting).isNotDone();

        alice.says(direct, "at last");

        assertThat(texts(waiting.get(10, TimeUnit.SECONDS))).containsExactly("at last");
        assertThat(texts(poll("timeout=1"))).containsExactly("at last");
    }

    @Test
    void ofTwoWaitingPollsOneIsTerminatedWithConflict() throws Exception {
        CompletableFuture<HttpResponse<String>> first = pollAsync("timeout=30");
        CompletableFuture<HttpResponse<String>> second = pollAsync("timeout=30");

        CompletableFuture.anyOf(first, second).get(10, TimeUnit.SECONDS);
        CompletableFuture<HttpResponse<String>> terminated = first.isDone() ? first : second;
        CompletableFuture<HttpResponse<String>> survivor = first.isDone() ? second : first;
        assertThat(terminated.get().statusCode()).isEqualTo(409);
        assertThat(json(terminated.get()).at("/description").asText()).isEqualTo("Conflict: terminated by other"
                + " getUpdates request; make sure that only one bot instance is running");

        alice.says(direct, "for the survivor");
        assertThat(texts(survivor.get(10, TimeUnit.SECONDS))).containsExactly("for the survivor");
    }

    @Test
    void allowedUpdatesDecidesWhatIsQueuedFromThenOn() throws Exception {
        MessageRef message = alice.says(direct, "hello");
        poll("offset=-1");
        alice.reactsTo(message, "🔥");
        assertThat(telegram.pendingUpdates()).as("message_reaction is left out by default").isEqualTo(1);

        poll("offset=-1&allowed_updates=" + URLEncoder.encode("[\"message_reaction\"]", StandardCharsets.UTF_8));
        alice.says(direct, "not wanted now");
        alice.reactsTo(message, "👍");

        JsonNode reaction = json(poll("offset=-1")).at("/result/0/message_reaction");
        assertThat(reaction.at("/old_reaction/0/emoji").asText()).isEqualTo("🔥");
        assertThat(reaction.at("/new_reaction/0/emoji").asText()).isEqualTo("👍");
        assertThat(telegram.pendingUpdates()).isEqualTo(1);
    }

    @Test
    void deleteWebhookCanDropPendingUpdates() throws Exception {
        alice.says(direct, "stale");

        assertThat(json(get(api("deleteWebhook") + "?drop_pending_updates=true")).at("/result").asBoolean()).isTrue();
        assertThat(telegram.pendingUpdates()).isZero();
    }

    private String api(String method) {
        return "/bot" + telegram.token() + "/" + method;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(telegram.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String method, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(telegram.baseUrl() + api(method)))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> poll(String query) throws Exception {
        return get(api("getUpdates") + "?" + query);
    }

    private CompletableFuture<HttpResponse<String>> pollAsync(String query) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(telegram.baseUrl() + api("getUpdates") + "?" + query))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static List<Integer> updateIds(HttpResponse<String> response) throws Exception {
        return StreamSupport.stream(json(response).get("result").spliterator(), false)
                .map(update -> update.get("update_id").asInt()).collect(Collectors.toList());
    }

    private static List<String> texts(HttpResponse<String> response) throws Exception {
        return StreamSupport.stream(json(response).get("result").spliterator(), false)
                .map(update -> update.at("/message/text").asText()).collect(Collectors.toList());
    }
}
