package org.commonground.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.core.command.CommandRegistry;

/**
 * The demo as {@code ./commonground demo} runs it: the real application in demo mode (the bot
 * running on the local room, a scratch database), the scripted gathering replayed through the
 * outbox, store, collator and renderer.
 */
@SpringBootTest(properties = {"commonground.mode=DEMO", "spring.datasource.url=jdbc:h2:mem:demo-test;DB_CLOSE_DELAY=-1"})
class DemoEndToEndTest {

    @Autowired
    CommandRegistry registry;

    @Test
    void fourRoundsEachSummarisedUnderItsHeadingWithTheHostileReplyHarmlessAndTheDeletedOneGone() {
        ConvenorShell shell = new ConvenorShell(registry);
        String printed = shell.run("demo");
        assertThat(printed).containsSubsequence("Round 1 (vision)", "What matters to us · ",
                "Round 2 (obstacle)", "What's in our way · ", "Round 3 (target)", "Who we need to persuade · ",
                "Round 4 (idea)", "What we could do · ");
        assertThat(printed).contains("“@everyone <b>click</b> [x](http://evil)”")
                .doesNotContain("time with my frends")
                .doesNotContain("oops wrong group");
        // the summaries quote some replies only; the first round's list shows the edit taken and the deletion
        String firstRound = shell.run("contributions", "1");
        assertThat(firstRound).contains("time with my friends at the club")
                .doesNotContain("time with my frends")
                .doesNotContain("oops wrong group");
    }
}
