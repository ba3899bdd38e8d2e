package org.commonground.adapter.telegram;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * What Telegram takes as a photo (the Bot API's sendPhoto): at most 10 MB, width and height together
 * at most 10000 pixels, and neither side more than 20 times the other. Checked before sending, so a
 * picture Telegram would refuse is given up at once rather than uploaded to be refused.
 */
final class PhotoLimits {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_WIDTH_PLUS_HEIGHT = 10_000;
    static final int MAX_RATIO = 20;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PhotoLimits() {
    }

    /** Why Telegram would not take this PNG as a photo, or null when it would. */
    static String problem(byte[] png) {
        if (png.length > MAX_BYTES) {
            return "the picture is " + png.length / 1024 + " KB; Telegram takes photos up to "
                    + MAX_BYTES / 1024 / 1024 + " MB";
        }
        if (png.length < 24 || !Arrays.equals(png, 0, PNG.length, PNG, 0, PNG.length)) {
            return "the picture is not a PNG";
        }
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
        long width = Integer.toUnsignedLong(header.getInt());
        long height = Integer.toUnsignedLong(header.getInt());
        if (width + height > MAX_WIDTH_PLUS_HEIGHT || width > height * MAX_RATIO || height > width * MAX_RATIO) {
            return "the picture is " + width + "×" + height + " pixels; Telegram takes photos whose sides add up to"
                    + " at most " + MAX_WIDTH_PLUS_HEIGHT + ", neither more than " + MAX_RATIO + " times the other";
        }
        return null;
    }
}
