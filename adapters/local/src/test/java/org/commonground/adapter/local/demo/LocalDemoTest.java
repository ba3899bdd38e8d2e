package org.commonground.adapter.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.commonground.adapter.local.LocalChatPlatform;
import org.commonground.core.testkit.MutableClock;
import org.commonground.core.testkit.InMemoryCore;
import org.junit.jupiter.api.Test;

class LocalDemoTest {

    @Test
    void theScriptedGatheringEndsWithFourSummariesUnderTheirHeadings() {
        List<String> roomLines = new ArrayList<>();
        LocalChatPlatform local = new LocalChatPlatform(Set.of(), new MutableClock(java.time.Instant.now()),
                List.of(roomLines::add));
        InMemoryCore core = new InMemoryCore(local);
        StringWriter out = new StringWriter();
        try (var runtime = core.services.runtime()) {
            runtime.start();
            new LocalDemo(local, core.services.rounds(), core.services.summaries()).run("demo", new PrintWriter(out));
        }
        System.out.println(out);
        assertThat(out.toString()).containsSubsequence("What matters to us", "What's in our way",
                "Who we need to persuade", "What we could do");
    }
}
