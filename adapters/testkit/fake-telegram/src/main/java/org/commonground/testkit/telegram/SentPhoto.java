package org.commonground.testkit.telegram;

import java.util.Arrays;

/**
 * The picture of a photo message the bot sent: the file Telegram gave it, its size in pixels, and
 * the PNG bytes as uploaded, for a test to look at.
 */
public record SentPhoto(String fileId, String fileUniqueId, int width, int height, byte[] png) {

    public SentPhoto {
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    public int fileSize() {
        return png.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SentPhoto that && fileId.equals(that.fileId) && Arrays.equals(png, that.png);
    }

    @Override
    public int hashCode() {
        return fileId.hashCode();
    }

    @Override
    public String toString() {
        return "SentPhoto[" + fileId + ", " + width + "x" + height + ", " + png.length + " bytes]";
    }
}
