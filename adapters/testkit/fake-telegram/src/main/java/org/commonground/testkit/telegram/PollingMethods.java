package org.commonground.testkit.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** getMe, deleteWebhook and getUpdates: what a long-polling bot calls to start and to listen. */
final class PollingMethods {

    private static final int MAX_LIMIT = 100;

    private final World world;
    private final UpdateQueue updates;

    PollingMethods(World world, UpdateQueue updates) {
        this.world = world;
        this.updates = updates;
    }

    void addTo(MethodTable table) {
        table.add("getMe", params -> world.bot().me(world.privacyMode()))
                .add("deleteWebhook", this::deleteWebhook)
                .add("getUpdates", this::getUpdates);
    }

    /** There is never a webhook to delete, so this succeeds, as long-polling clients need it to. */
    private JsonNode deleteWebhook(Params params) {
        if (params.flag("drop_pending_updates")) {
            updates.dropPending();
        }
        return BooleanNode.TRUE;
    }

    private JsonNode getUpdates(Params params) {
        Long limit = params.integer("limit");
        Long timeout = params.integer("timeout");
        return updates.poll(params.integer("offset"),
                limit == null ? MAX_LIMIT : (int) Math.max(1, Math.min(MAX_LIMIT, limit)),
                Duration.ofSeconds(timeout == null ? 0 : Math.max(0, timeout)),
                allowedUpdates(params));
    }

    private static List<String> allowedUpdates(Params params) {
        JsonNode allowed = params.structure("allowed_updates", "can't parse allowed_updates JSON array");
        if (allowed == null) {
            return null;
        }
        List<String> kinds = new ArrayList<>();
        allowed.forEach(kind -> kinds.add(kind.asText()));
        return kinds;
    }
}
