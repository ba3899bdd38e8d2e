package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP calls to the fake's REST API, to see exactly what it answers. */
final class RawHttp {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final FakeDiscord fake;

    record Reply(int status, HttpResponse<String> raw, JsonNode json) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    RawHttp(FakeDiscord fake) {
        this.fake = fake;
    }

    Reply get(String path) {
        return send("GET", path, null, true);
    }

    Reply call(String method, String path, String json) {
        return send(method, path, json, true);
    }

    Reply anonymous(String method, String path, String json) {
        return send(method, path, json, false);
    }

    private Reply send(String method, String path, String json, boolean authorised) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.restUrl() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (authorised) {
            request.header("Authorization", "Bot " + fake.token());
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? null : MAPPER.readTree(response.body());
            return new Reply(response.statusCode(), response, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
