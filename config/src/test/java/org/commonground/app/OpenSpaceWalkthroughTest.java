package org.commonground.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.commonground.adapter.local.LocalChatPlatform;
import org.commonground.adapter.local.LocalMessage;
import org.commonground.core.openspace.OpenSpaceServices;
import org.commonground.core.openspace.Session;
import org.commonground.core.openspace.Turnout;
import org.commonground.core.status.StatusService;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The open-space walkthrough of the README, tried as a new user would: every command of it, in order,
 * typed into the running bot's shell with the local room, waiting as a person would for the bot.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:walkthrough;DB_CLOSE_DELAY=-1",
        "commonground.mode=SERVE"})
@DirtiesContext
class OpenSpaceWalkthroughTest {

    static final String START = "<!-- open-space walkthrough: start -->";
    static final String END = "<!-- open-space walkthrough: end -->";
    static final String PROMPT = "commonground> ";
    static final Pattern COUNTS = Pattern.compile("★ (\\d+) interested · (\\d+) co-hosting");

    @Autowired
    CommandRegistry registry;
    @Autowired
    LocalChatPlatform local;
    @Autowired
    StatusService status;
    @Autowired
    OpenSpaceServices.Stores stores;
    @TempDir
    Path dir;

    @Test
    void everyCommandOfTheWalkthroughWorksInTheLocalRoom() throws Exception {
        for (String line : walkthrough()) {
            List<String> words = new ArrayList<>(new DefaultParser().parse(line, line.length()).words());
            words.removeIf(String::isEmpty);
            int out = words.indexOf("--out");
            if (out >= 0) {
                words.set(out + 1, dir.resolve(words.get(out + 1)).toString());
            }
            StringWriter said = new StringWriter();
            int result = new CommandRunner(registry).run(words, new PrintWriter(said), new PrintWriter(said),
                    new InputReader() {
                    });
            assertThat(result).as(line + "\n" + said).isZero();
            assertThat(said.toString()).as(line).doesNotContain("isn't", "There's no", "Only ");
            awaitQuiet();
        }

        assertThat(Files.readAllBytes(dir.resolve("agenda.png"))).startsWith(0x89, 'P', 'N', 'G');
        List<LocalMessage> room = local.transcript("main");
        assertThat(room).anySatisfy(m -> assertThat(m.text()).startsWith("Agenda · Spring gathering"));
        assertThat(room).anySatisfy(m -> assertThat(m.text()).startsWith("Harvest · Spring gathering")
                .contains("Actions:\n• We'll send it to the council by Friday."));
        for (Session session : stores.sessions().list(1)) {
            Turnout turnout = stores.sessions().turnout(session.id());
            LocalMessage card = room.stream().filter(m -> m.fromBot() && m.text().startsWith("Session "
                    + session.number() + " · ")).findFirst().orElseThrow();
            Matcher counts = COUNTS.matcher(card.text());
            assertThat(counts.find()).isTrue();
            assertThat(counts.group(1)).isEqualTo(String.valueOf(turnout.interested().size()));
            assertThat(counts.group(2)).isEqualTo(String.valueOf(turnout.cohosts().size()));
        }
    }

    /** The walkthrough's commands, from the README. */
    static List<String> walkthrough() throws IOException {
        String text = Files.readString(Path.of("..", "README.md"));
        String block = text.substring(text.indexOf(START), text.indexOf(END));
        try (Stream<String> lines = block.lines()) {
            return lines.filter(l -> l.startsWith(PROMPT)).map(l -> l.substring(PROMPT.length())).toList();
        }
    }

    /** Waits, as a person would, until the bot has posted everything and brought every card up to date. */
    private void awaitQuiet() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (status.status().pending() == 0 && stores.cards().stale().isEmpty()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The bot did not settle within 20 seconds");
    }
}
