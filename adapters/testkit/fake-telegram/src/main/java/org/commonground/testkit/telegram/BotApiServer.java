package org.commonground.testkit.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side: {@code /bot<token>/<method>} on 127.0.0.1, any HTTP method, answered in the Bot
 * API's envelope. Built on the JDK's HttpServer rather than MockWebServer: MockWebServer keeps
 * every request it serves in an unbounded queue, which a long benchmark would fill, while the JDK
 * server keeps nothing, needs no jar on a consumer's class path, and serves each connection on
 * our own pool, so held long polls never block sends.
 */
final class BotApiServer implements AutoCloseable {

    static {
        // The JDK server writes headers and body in two segments; with Nagle's algorithm on, each
        // response then waits ~40 ms for the client's delayed ACK. Read once, when the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final System.Logger LOG = System.getLogger(BotApiServer.class.getName());
    private static final int BACKLOG = 256;

    private final String token;
    private final MethodTable methods;
    private final Faults faults;
    private final RequestLog log;
    private final ChangeSignal signal;
    private final ExecutorService pool;
    private final HttpServer server;

    BotApiServer(String token, MethodTable methods, Faults faults, RequestLog log, ChangeSignal signal)
            throws IOException {
        this.token = token;
        this.methods = methods;
        this.faults = faults;
        this.log = log;
        this.signal = signal;
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-telegram-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BACKLOG);
        server.setExecutor(pool);
        server.createContext("/", this::serve);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        String method = path.substring(path.lastIndexOf('/') + 1);
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        ObjectNode answer;
        int status;
        try {
            JsonNode result = call(path, exchange.getRequestURI().getRawQuery(), contentType, body);
            answer = Json.object().put("ok", true).set("result", result);
            status = 200;
        } catch (ApiError refusal) {
            answer = refusal.body();
            status = refusal.status();
        } catch (RuntimeException bug) {
            LOG.log(System.Logger.Level.ERROR, "The fake failed while serving " + method, bug);
            ApiError failure = ApiError.of(500, "Internal Server Error");
            answer = failure.body();
            status = failure.status();
        }
        // Logged before the answer goes out, so a client that has its answer always finds it counted.
        log.add(new LoggedRequest(method, exchange.getRequestMethod(), contentType,
                new String(body, StandardCharsets.UTF_8), status));
        try {
            respond(exchange, status, answer);
        } finally {
            signal.changed();
        }
    }

    private JsonNode call(String path, String query, String contentType, byte[] body) {
        int tokenEnd = path.indexOf('/', 1);
        if (!path.startsWith("/bot") || tokenEnd < 0 || path.indexOf('/', tokenEnd + 1) >= 0) {
            throw ApiError.of(404, "Not Found");
        }
        if (!path.substring("/bot".length(), tokenEnd).equals(token)) {
            throw ApiError.of(401, "Unauthorized");
        }
        String name = path.substring(tokenEnd + 1);
        ApiMethod method = methods.find(name);
        if (method == null) {
            throw ApiError.of(404, "Not Found");
        }
        Params params = Params.read(query, contentType, body);
        faults.check(name);
        return method.call(params);
    }

    private static void respond(HttpExchange exchange, int status, ObjectNode answer) throws IOException {
        byte[] bytes = Json.write(answer).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
