package org.commonground.adapter.jdbc;

import java.nio.ByteBuffer;

/**
 * Packs a feature vector as 4 bytes per value (IEEE 754 single precision, big-endian): a 512-value
 * vector takes 2 KiB, a quarter of its decimal text, and comes back bit for bit.
 */
final class FeatureVectors {

    private FeatureVectors() {
    }

    static byte[] pack(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES);
        bytes.asFloatBuffer().put(vector);
        return bytes.array();
    }

    static float[] unpack(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(vector);
        return vector;
    }
}
