package org.commonground.core.domain;

import java.time.Instant;

/** A chat the bot has seen or posted to, with the title the platform gave it. */
public record Chat(ChatRef ref, String title, Instant lastSeen) {
}
