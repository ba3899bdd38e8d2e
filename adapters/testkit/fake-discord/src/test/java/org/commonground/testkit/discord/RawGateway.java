package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** A bare gateway client on the JDK's WebSocket, to see the protocol without a library in between. */
final class RawGateway implements WebSocket.Listener, AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final StringBuilder text = new StringBuilder();
    private final ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    private final Inflater inflater = new Inflater();
    /** Held for the socket's lifetime: once the client is unreachable, the JDK stops its selector thread. */
    private final HttpClient client = HttpClient.newHttpClient();
    private WebSocket socket;

    static RawGateway connect(String url) {
        RawGateway gateway = new RawGateway();
        gateway.socket = gateway.client.newWebSocketBuilder().buildAsync(URI.create(url), gateway).join();
        return gateway;
    }

    void send(String json) {
        socket.sendText(json, true).join();
    }

    void identify(String token, int intents) {
        send("{\"op\":2,\"d\":{\"token\":\"" + token + "\",\"intents\":" + intents
                + ",\"properties\":{\"os\":\"linux\",\"browser\":\"test\",\"device\":\"test\"}}}");
    }

    /** The next payload; fails after five seconds. */
    JsonNode next() {
        try {
            JsonNode payload = received.poll(5, TimeUnit.SECONDS);
            if (payload == null) {
                throw new AssertionError("no gateway payload within 5 s");
            }
            return payload;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next dispatch of this type, skipping everything before it. */
    JsonNode nextDispatch(String type) {
        JsonNode payload = next();
        while (!type.equals(payload.path("t").asText())) {
            payload = next();
        }
        return payload;
    }

    /**
     * The close code the server sent, or 1006 when the connection broke without one. Like a real
     * client, this one may only notice a dead connection when it next writes, so it pings meanwhile.
     */
    int awaitClose() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            socket.sendPing(ByteBuffer.allocate(0)).whenComplete((ignored, error) -> {
                if (error != null) {
                    closeCode.complete(1006);
                }
            });
            try {
                return closeCode.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // Not closed yet: ping again.
            } catch (InterruptedException | ExecutionException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the connection did not close within 5 s");
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            received.add(parse(text.toString()));
            text.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    /** zlib-stream: payloads end with a sync flush; the inflater lives as long as the connection. */
    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        compressed.write(bytes, 0, bytes.length);
        byte[] all = compressed.toByteArray();
        int n = all.length;
        if (last && n >= 4 && all[n - 4] == 0 && all[n - 3] == 0 && all[n - 2] == -1 && all[n - 1] == -1) {
            received.add(parse(inflate(all)));
            compressed.reset();
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closeCode.complete(1006);
    }

    @Override
    public void close() {
        socket.abort();
        inflater.end();
    }

    private String inflate(byte[] input) {
        inflater.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = inflater.inflate(buffer)) > 0) {
                out.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            throw new AssertionError("not a zlib stream", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
