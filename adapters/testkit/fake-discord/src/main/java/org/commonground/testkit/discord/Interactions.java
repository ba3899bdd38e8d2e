package org.commonground.testkit.discord;

import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Every interaction dispatched so far, by id and by token (follow-ups are addressed by token). */
final class Interactions {
    private final Snowflakes ids;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, IssuedInteraction> byId = new ConcurrentHashMap<>();
    private final Map<String, IssuedInteraction> byToken = new ConcurrentHashMap<>();

    Interactions(Snowflakes ids) {
        this.ids = ids;
    }

    IssuedInteraction issue(int type, UserState user, ChannelState channel, String commandName, long sourceMessageId) {
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        IssuedInteraction interaction = new IssuedInteraction(ids.next(), "itk_" + HexFormat.of().formatHex(secret),
                type, user, channel, commandName, sourceMessageId);
        byId.put(interaction.id, interaction);
        byToken.put(interaction.token, interaction);
        return interaction;
    }

    IssuedInteraction byId(long id) {
        return byId.get(id);
    }

    IssuedInteraction byToken(String token) {
        return byToken.get(token);
    }

    /** The latest interaction of the user that the bot answered with this modal, or null. */
    IssuedInteraction lastModal(long userId, String customId) {
        return byId.values().stream()
                .filter(i -> i.user.id() == userId && i.modal() != null)
                .filter(i -> customId.equals(i.modal().path("custom_id").asText()))
                .max(Comparator.comparingLong(i -> i.id))
                .orElse(null);
    }
}
