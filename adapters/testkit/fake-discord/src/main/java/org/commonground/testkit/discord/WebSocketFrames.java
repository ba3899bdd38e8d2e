package org.commonground.testkit.discord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okio.BufferedSink;
import okio.BufferedSource;

/** RFC 6455 framing: clients mask what they send, servers do not. */
final class WebSocketFrames {
    static final int CONTINUATION = 0;
    static final int TEXT = 1;
    static final int CLOSE = 8;
    static final int PING = 9;
    static final int PONG = 10;

    record Frame(boolean last, int opcode, byte[] payload) {
    }

    private WebSocketFrames() {
    }

    static Frame read(BufferedSource in) throws IOException {
        int head = in.readByte() & 0xff;
        int lengthByte = in.readByte() & 0xff;
        long length = lengthByte & 0x7f;
        if (length == 126) {
            length = in.readShort() & 0xffff;
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] mask = (lengthByte & 0x80) != 0 ? in.readByteArray(4) : null;
        byte[] payload = in.readByteArray(length);
        for (int i = 0; mask != null && i < payload.length; i++) {
            payload[i] ^= mask[i & 3];
        }
        return new Frame((head & 0x80) != 0, head & 0x0f, payload);
    }

    static void write(BufferedSink out, int opcode, byte[] payload) throws IOException {
        out.writeByte(0x80 | opcode);
        if (payload.length < 126) {
            out.writeByte(payload.length);
        } else if (payload.length <= 0xffff) {
            out.writeByte(126);
            out.writeShort(payload.length);
        } else {
            out.writeByte(127);
            out.writeLong(payload.length);
        }
        out.write(payload);
    }

    /** A close frame's payload: the status code in two bytes, then the reason in UTF-8. */
    static byte[] closePayload(int code, String reason) {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[text.length + 2];
        payload[0] = (byte) (code >> 8);
        payload[1] = (byte) code;
        System.arraycopy(text, 0, payload, 2, text.length);
        return payload;
    }
}
