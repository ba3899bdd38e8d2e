package org.commonground.testkit.discord;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/** Turns gateway payloads into WebSocket frame data, as the client's {@code compress} parameter asks. */
interface PayloadEncoder {
    int TEXT_FRAME = 1;
    int BINARY_FRAME = 2;

    int opcode();

    byte[] encode(String payload);

    default void close() {
    }

    static PayloadEncoder forCompression(String compress) {
        return "zlib-stream".equals(compress) ? new ZlibStream() : new PlainText();
    }

    /** Uncompressed: one text frame per payload. */
    final class PlainText implements PayloadEncoder {
        @Override
        public int opcode() {
            return TEXT_FRAME;
        }

        @Override
        public byte[] encode(String payload) {
            return payload.getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * zlib-stream: one deflate stream for the whole connection; every payload ends with a sync flush
     * (00 00 ff ff), which is how clients know a payload is complete. Used by one writer thread only.
     */
    final class ZlibStream implements PayloadEncoder {
        private final Deflater deflater = new Deflater();
        private final byte[] buffer = new byte[8192];

        @Override
        public int opcode() {
            return BINARY_FRAME;
        }

        @Override
        public byte[] encode(String payload) {
            deflater.setInput(payload.getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length() / 3 + 16);
            int written;
            do {
                written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, written);
            } while (written == buffer.length);
            return out.toByteArray();
        }

        @Override
        public void close() {
            deflater.end();
        }
    }
}
