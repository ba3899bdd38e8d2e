package org.commonground.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.core.InputReader;
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
        String printed = run("demo");
        assertThat(printed).containsSubsequence("Round 1 (vision)", "What matters to us · ",
                "Round 2 (obstacle)", "What's in our way · ", "Round 3 (target)", "Who we need to persuade · ",
                "Round 4 (idea)", "What we could do · ");
        assertThat(printed).contains("“@everyone <b>click</b> [x](http://evil)”")
                .doesNotContain("time with my frends")
                .doesNotContain("oops wrong group");
        // the summaries quote some replies only; the first round's list shows the edit taken and the deletion
        String firstRound = run("contributions", "1");
        assertThat(firstRound).contains("time with my friends at the club")
                .doesNotContain("time with my frends")
                .doesNotContain("oops wrong group");
    }

    private String run(String... command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new CommandRunner(registry).run(List.of(command), new PrintWriter(out), new PrintWriter(err),
                new InputReader() {
                });
        assertThat(status).as(err.toString()).isZero();
        return out.toString();
    }
}
