package org.commonground.testkit.discord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketHandler;

/** The HTTP side of opening a WebSocket (RFC 6455 section 4.2): the 101 answer to an upgrade request. */
final class WebSocketUpgrade {
    private static final String KEY_SUFFIX = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private WebSocketUpgrade() {
    }

    static boolean requested(RecordedRequest request) {
        return "websocket".equalsIgnoreCase(request.getHeaders().get("Upgrade"));
    }

    /** Switches protocols and hands the socket to {@code handler}, which then owns it. */
    static MockResponse accept(RecordedRequest request, SocketHandler handler) {
        return new MockResponse.Builder()
                .code(101)
                .removeHeader("Content-Length")
                .addHeader("Upgrade", "websocket")
                .addHeader("Connection", "Upgrade")
                .addHeader("Sec-WebSocket-Accept", acceptKey(request.getHeaders().get("Sec-WebSocket-Key")))
                .socketHandler(handler)
                .build();
    }

    private static String acceptKey(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((key + KEY_SUFFIX).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }
}
