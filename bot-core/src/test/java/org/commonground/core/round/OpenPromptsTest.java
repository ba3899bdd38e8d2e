package org.commonground.core.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.domain.TextFormat;
import org.commonground.core.event.InboundEvent;
import org.commonground.core.port.Dialect;
import org.commonground.core.testkit.InMemoryCore;
import org.commonground.core.testkit.RecordingPlatform;
import org.junit.jupiter.api.Test;

class OpenPromptsTest {

    static final ChatRef CHANNEL = ChatRef.parse("dc:10");
    static final ChatRef GROUP = ChatRef.parse("tg:-100");

    final RecordingPlatform discord = new RecordingPlatform("dc", new Dialect(TextFormat.MARKDOWN, 2000));
    final RecordingPlatform telegram = new RecordingPlatform("tg", new Dialect(TextFormat.HTML, 4096));
    final InMemoryCore core = new InMemoryCore(discord, telegram);
    final OpenPrompts open = new OpenPrompts(core.rounds, core.contributions, core.outbox);

    @Test
    void eachChatOfThePlatformWithAnOpenRoundHasItsPromptsAndTheAnswersTakenThere() {
        long closed = core.services.rounds().open(List.of(CHANNEL), "Who do we need to persuade?", Category.TARGET,
                null).id();
        core.services.rounds().open(List.of(CHANNEL, GROUP), "What is in our way?", Category.OBSTACLE, null);
        deliver();
        core.services.rounds().close(closed);
        String prompt = core.services.rounds().promptMessageId(2, CHANNEL).orElseThrow();
        core.services.inbound().accept(new InboundEvent.MessagePosted(CHANNEL, "m1", MemberRef.parse("dc:1"), "Ann",
                "The forms never end", prompt, false, Instant.now()));

        assertThat(open.on("dc")).containsExactly(new OpenPrompts.InChat(CHANNEL, List.of(prompt), List.of("m1")));
        assertThat(open.on("tg")).singleElement()
                .satisfies(chat -> assertThat(chat.takenIds()).isEmpty());
        assertThat(open.on("local")).isEmpty();
    }

    @Test
    void aPromptNotYetDeliveredHasNothingToCatchUpOn() {
        core.services.rounds().open(List.of(CHANNEL), "What matters to you?", Category.VISION, null);

        assertThat(open.on("dc")).isEmpty();
    }

    private void deliver() {
        while (core.services.dispatcher().deliverDue() > 0) {
            // drain
        }
    }
}
