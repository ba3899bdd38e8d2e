package org.commonground.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.commonground.core.CoreServices;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.event.InboundEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.core.command.CommandRegistry;

/**
 * The open-space commands as a convenor types them, run as one-off commands against the real
 * application: what they print, and one clear line for every set-up that cannot work.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:commands;DB_CLOSE_DELAY=-1",
        "commonground.mode=ONE_OFF"})
class OpenSpaceCommandsTest {

    @Autowired
    CommandRegistry registry;
    @Autowired
    CoreServices core;

    ConvenorShell.Result run(String... words) {
        return new ConvenorShell(registry).attempt(words);
    }

    String create(String chat, String spaces) {
        ConvenorShell.Result created = run("openspace", "create", "--chat", chat, "--name", "Spring gathering", "--day", "2026-05-16",
                "--slots", "10:00,11:00", "--length", "50m", "--zone", "Europe/London", "--spaces", spaces);
        assertThat(created.status()).as(created.err()).isZero();
        assertThat(created.out()).matches("\\d+");
        return created.out();
    }

    void propose(String chat, String who, String title) {
        core.inbound().accept(new InboundEvent.CommandIssued(ChatRef.parse(chat), who + "-" + title,
                MemberRef.parse("local:" + who), who, "propose", title, null, false, false, Instant.now()));
    }

    @Test
    void anOpenSpaceFromSetUpToItsProposals() {
        String id = create("local:os1,local:os2", "Hall:20,Garden:8");
        assertThat(run("openspace", "list").out()).contains("Spring gathering", "draft", "2 slots × 2 spaces",
                "local:os1, local:os2");
        assertThat(run("openspace", "proposals", id).out()).contains("No sessions proposed yet");
        assertThat(run("openspace", "open", id).out()).contains("is on its way to local:os1, local:os2");

        propose("local:os1", "amara", "Getting about town | buses and lifts");
        propose("local:os2", "bill", "Forms we can read");
        assertThat(run("openspace", "proposals", id).out()).contains("Getting about town", "Forms we can read");

        assertThat(run("openspace", "add", id, "--slots", "12:00").out()).contains("3 slots × 2 spaces");
        ConvenorShell.Result scheduled = run("openspace", "schedule", id);
        assertThat(scheduled.out()).contains("2 sessions placed; 0 clashes", "No agenda could do better",
                "Agenda · Spring gathering", "Saturday 16 May", "10:00–10:50", "12:00–12:50",
                "openspace agenda post " + id);
        assertThat(run("openspace", "agenda", "show", id, "--format", "html").out()).contains("<b>Agenda · ");
        assertThat(run("openspace", "agenda", "post", id).out()).contains("queued (2 messages and 2 pictures)");
        assertThat(run("openspace", "harvest", id).out()).contains("harvest of open space " + id + " is open");
        assertThat(run("openspace", "summary", "show", id).out()).contains("Harvest · Spring gathering", "No notes yet.");
        assertThat(run("openspace", "summary", "post", id).out()).contains("queued (2 messages)");
        assertThat(run("openspace", "close", id).out()).contains("is closed");
    }

    @Test
    void setUpsThatCannotWorkGetOneLineThatSaysHowToFixThem() {
        assertThat(run("openspace", "create", "--chat", "local:x", "--name", "N", "--spaces", "Hall:20").err())
                .isEqualTo("An open space needs at least one time slot, like --slots 10:00,11:30.");
        assertThat(run("openspace", "create", "--chat", "local:x", "--name", "N", "--slots", "10:00",
                "--spaces", "Hall:20,Garden").err())
                .isEqualTo("The space Garden needs a capacity: write it like Garden:20.");
        assertThat(run("openspace", "create", "--chat", "local:x", "--name", "N", "--slots", "10:00",
                "--spaces", "Hall:0").err()).contains("at least one person, like Hall:20");
        assertThat(run("openspace", "create", "--chat", "local:x", "--name", "N", "--slots", "ten",
                "--spaces", "Hall:9").err()).contains("is not a time");
        assertThat(run("openspace", "create", "--chat", "local:x", "--name", "N", "--slots", "10:00,10:30",
                "--spaces", "Hall:9").err()).contains("Two slots overlap");

        String id = create("local:crowded", "Hall:20");
        run("openspace", "open", id);
        propose("local:crowded", "amara", "One");
        propose("local:crowded", "bill", "Two");
        propose("local:crowded", "chloe", "Three");
        ConvenorShell.Result tooMany = run("openspace", "schedule", id);
        assertThat(tooMany.status()).isEqualTo(CommandRunner.FAILED);
        assertThat(tooMany.err()).startsWith("3 sessions but only 2 places (2 slots × 1 spaces)")
                .contains("openspace add " + id).doesNotContain("\n");
        assertThat(run("openspace", "add", id, "--spaces", "Porch:6").out()).contains("2 slots × 2 spaces");
        assertThat(run("openspace", "schedule", id).status()).isZero();
        assertThat(run("openspace", "close", "999").err())
                .isEqualTo("There is no open space 999. `openspace list` shows them.");
    }

    @Test
    void helpListsTheOpenSpaceCommands() {
        assertThat(run("help").out()).contains("openspace create", "openspace schedule", "openspace agenda post",
                "openspace summary show");
        assertThat(run("openspace", "create", "--help").out()).contains("--spaces \"Hall:40,Garden:15\"");
    }
}
