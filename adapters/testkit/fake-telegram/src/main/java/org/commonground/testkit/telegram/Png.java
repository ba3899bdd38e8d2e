package org.commonground.testkit.telegram;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * What the fake checks of an uploaded photo, by Telegram's published limits for sendPhoto: at most
 * 10 MB, width and height together at most 10000, and neither side more than 20 times the other.
 * Only PNG is understood here (its signature and IHDR chunk); anything else fails as an image
 * Telegram cannot process.
 */
final class Png {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_WIDTH_PLUS_HEIGHT = 10_000;
    static final int MAX_RATIO = 20;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] IHDR = {'I', 'H', 'D', 'R'};

    /** A picture's size in pixels. */
    record Size(int width, int height) {
    }

    private Png() {
    }

    /** The photo's size, or the Bot API's refusal of it. */
    static Size check(byte[] photo) {
        if (photo.length > MAX_BYTES) {
            throw ApiError.badRequest("PHOTO_SAVE_FILE_INVALID");
        }
        if (photo.length < 24 || !Arrays.equals(photo, 0, 8, SIGNATURE, 0, 8)
                || !Arrays.equals(photo, 12, 16, IHDR, 0, 4)) {
            throw ApiError.badRequest("IMAGE_PROCESS_FAILED");
        }
        ByteBuffer header = ByteBuffer.wrap(photo, 16, 8);
        long width = Integer.toUnsignedLong(header.getInt());
        long height = Integer.toUnsignedLong(header.getInt());
        if (width == 0 || height == 0) {
            throw ApiError.badRequest("IMAGE_PROCESS_FAILED");
        }
        if (width + height > MAX_WIDTH_PLUS_HEIGHT || width > height * MAX_RATIO || height > width * MAX_RATIO) {
            throw ApiError.badRequest("PHOTO_INVALID_DIMENSIONS");
        }
        return new Size((int) width, (int) height);
    }
}
