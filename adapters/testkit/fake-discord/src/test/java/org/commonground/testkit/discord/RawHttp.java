package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

    /** A file part of a multipart upload. */
    record FilePart(String field, String filename, byte[] data) {
    }

    /** POSTs multipart/form-data: a payload_json part (left out when null) and the file parts. */
    Reply upload(String path, String payloadJson, List<FilePart> files) {
        String boundary = "fake-discord-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (FilePart file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                    + "\"; filename=\"" + file.filename() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.data());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        if (payloadJson != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"payload_json\"\r\n"
                    + "Content-Type: application/json\r\n\r\n" + payloadJson + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.restUrl() + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bot " + fake.token());
        return exchange(request);
    }

    private Reply send(String method, String path, String json, boolean authorised) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.restUrl() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (authorised) {
            request.header("Authorization", "Bot " + fake.token());
        }
        return exchange(request);
    }

    private Reply exchange(HttpRequest.Builder request) {
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
