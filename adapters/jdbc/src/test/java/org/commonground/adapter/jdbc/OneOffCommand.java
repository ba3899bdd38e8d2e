package org.commonground.adapter.jdbc;

import java.time.Instant;
import java.util.List;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.port.GatheringStore;
import org.commonground.core.port.RoundStore;
import org.commonground.core.port.Transactions;
import org.springframework.context.ConfigurableApplicationContext;

/** Run in a process of its own by {@link MixedModeTest}: opens a round, as {@code round open} would, and exits. */
final class OneOffCommand {

    static final String OPENED = "opened round ";
    static final String BOUND_TO = "h2.bindAddress=";

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = MixedModeTest.start(args[0])) {
            ChatRef chat = MixedModeTest.CHAT;
            long id = context.getBean(Transactions.class).inTransaction(() -> {
                long gathering = context.getBean(GatheringStore.class).findOrCreate(List.of(chat), "local").id();
                return context.getBean(RoundStore.class)
                        .create(gathering, List.of(chat), "What matters to you?", null, Instant.now(), null).id();
            });
            System.out.println(BOUND_TO + System.getProperty(H2Loopback.PROPERTY));
            System.out.println(OPENED + id);
        }
    }
}
