package org.commonground.adapter.jdbc;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

import org.commonground.core.collate.Features;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The collator's features of each contribution, in {@code contribution_features}. A vector is packed
 * as 4 bytes per value (IEEE 754 single precision, big-endian): a 512-value vector takes 2 KiB, a
 * quarter of its decimal text, and comes back bit for bit.
 */
final class ContributionFeatures {

    private final JdbcClient jdbc;

    ContributionFeatures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps these as the contribution's only features; none if the collator gave none. */
    void save(long contributionId, Features features) {
        if (features == null) {
            jdbc.sql("DELETE FROM contribution_features WHERE contribution_id = :id").param("id", contributionId)
                    .update();
            return;
        }
        jdbc.sql("MERGE INTO contribution_features (contribution_id, model, vector) KEY (contribution_id) "
                        + "VALUES (:id, :model, :vector)")
                .param("id", contributionId)
                .param("model", features.model())
                .param("vector", pack(features.vector()))
                .update();
    }

    Map<Long, Features> ofRound(long roundId) {
        Map<Long, Features> byContribution = new HashMap<>();
        jdbc.sql("""
                        SELECT f.contribution_id, f.model, f.vector
                        FROM contribution_features f JOIN contributions c ON c.id = f.contribution_id
                        WHERE c.round_id = :round
                        """)
                .param("round", roundId)
                .query(rs -> {
                    byContribution.put(rs.getLong("contribution_id"),
                            new Features(rs.getString("model"), unpack(rs.getBytes("vector"))));
                });
        return byContribution;
    }

    private static byte[] pack(float[] vector) {
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
