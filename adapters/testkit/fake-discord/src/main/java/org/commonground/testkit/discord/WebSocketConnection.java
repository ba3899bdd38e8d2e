package org.commonground.testkit.discord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.SocketHandler;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.Okio;
import okio.Socket;

/**
 * The server end of one WebSocket (RFC 6455) on the socket MockWebServer hands over after the 101.
 * Frames are read on the server's connection thread; they are written by a thread of their own, so a
 * sender only queues and never waits on a slow client.
 */
final class WebSocketConnection implements SocketHandler {
    interface Listener {
        void onOpen();

        void onText(String text);

        void onClosed();
    }

    private static final Object STOP = new Object();

    private record Control(int opcode, byte[] payload) {
    }

    private final Listener listener;
    private final PayloadEncoder encoder;
    private final BlockingQueue<Object> outbound = new LinkedBlockingQueue<>();
    private final AtomicLong backlog = new AtomicLong();
    private volatile Socket socket;
    private volatile boolean closing;

    WebSocketConnection(Listener listener, PayloadEncoder encoder) {
        this.listener = listener;
        this.encoder = encoder;
    }

    @Override
    public void handle(Socket socket) {
        this.socket = socket;
        Thread writer = new Thread(() -> writeLoop(Okio.buffer(socket.getSink())), "fake-discord-gateway-writer");
        writer.setDaemon(true);
        writer.start();
        try {
            listener.onOpen();
            readLoop(Okio.buffer(socket.getSource()));
        } catch (IOException e) {
            // The client went away, or drop() cut the socket: either way this connection is over.
        } finally {
            closing = true;
            outbound.add(STOP);
            listener.onClosed();
            awaitWriter(writer);
        }
    }

    void send(String payload) {
        if (!closing) {
            backlog.addAndGet(payload.length());
            outbound.add(payload);
        }
    }

    /** Starts the closing handshake; the connection ends when the client answers with its close frame. */
    void close(int code, String reason) {
        if (!closing) {
            closing = true;
            outbound.add(new Control(WebSocketFrames.CLOSE, WebSocketFrames.closePayload(code, reason)));
        }
    }

    /** Cuts the TCP connection without a close frame, as a network failure would. */
    void drop() {
        closing = true;
        Socket current = socket;
        if (current != null) {
            current.cancel();
        }
    }

    /** Characters queued and not yet written. */
    long backlog() {
        return backlog.get();
    }

    private void readLoop(BufferedSource in) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        int messageOpcode = WebSocketFrames.TEXT;
        while (true) {
            WebSocketFrames.Frame frame = WebSocketFrames.read(in);
            if (frame.opcode() == WebSocketFrames.CLOSE) {
                answerClose(frame.payload());
                return;
            } else if (frame.opcode() == WebSocketFrames.PING) {
                outbound.add(new Control(WebSocketFrames.PONG, frame.payload()));
            } else if (frame.opcode() != WebSocketFrames.PONG) {
                messageOpcode = frame.opcode() == WebSocketFrames.CONTINUATION ? messageOpcode : frame.opcode();
                message.write(frame.payload());
                if (frame.last()) {
                    if (messageOpcode == WebSocketFrames.TEXT) {
                        listener.onText(message.toString(StandardCharsets.UTF_8));
                    }
                    message.reset();
                }
            }
        }
    }

    /** Echoes the client's close code, unless this side started the closing handshake. */
    private void answerClose(byte[] payload) {
        if (!closing) {
            closing = true;
            byte[] code = payload.length >= 2 ? new byte[] {payload[0], payload[1]} : new byte[0];
            outbound.add(new Control(WebSocketFrames.CLOSE, code));
        }
    }

    private void writeLoop(BufferedSink out) {
        try {
            for (Object item = outbound.take(); item != STOP; item = outbound.take()) {
                if (item instanceof String) {
                    String payload = (String) item;
                    WebSocketFrames.write(out, encoder.opcode(), encoder.encode(payload));
                    backlog.addAndGet(-payload.length());
                } else {
                    Control control = (Control) item;
                    WebSocketFrames.write(out, control.opcode(), control.payload());
                }
                if (outbound.isEmpty() || outbound.peek() == STOP) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            drop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            encoder.close();
        }
    }

    private static void awaitWriter(Thread writer) {
        try {
            writer.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
