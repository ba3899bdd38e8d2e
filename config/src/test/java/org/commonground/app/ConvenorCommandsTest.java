package org.commonground.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.commonground.core.port.ContributionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.core.command.CommandRegistry;

/**
 * The convenor commands as a person types them, run the way the launcher runs a one-off command,
 * against the real application on an in-memory database.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:commands;DB_CLOSE_DELAY=-1",
        "commonground.mode=ONE_OFF"})
class ConvenorCommandsTest {

    @Autowired
    CommandRegistry registry;
    @Autowired
    ContributionStore contributions;
    @TempDir
    Path dir;

    ConvenorShell.Result run(String... words) {
        return new ConvenorShell(registry).attempt(words);
    }

    @Test
    void aRoundFromOpeningToExport() throws Exception {
        ConvenorShell.Result opened = run("round", "open", "--chat", "local:main,local:side", "--prompt", "What is in our way?",
                "--category", "obstacle", "--closes", "2h");
        assertThat(opened.status()).isZero();
        String round = opened.out();
        assertThat(round).matches("\\d+");

        assertThat(run("round", "list").out()).contains("What is in our way?", "obstacle", "local:main, local:side");

        Path csv = dir.resolve("notes.csv");
        Files.writeString(csv, "text,author\n\"Forms, forms, forms\",ann\nNobody listens to us,bob\n"
                + "Let's invite the councillors,cat\n", StandardCharsets.UTF_8);
        assertThat(run("import", "--round", round, "--file", csv.toString()).out()).contains("Imported 3 replies");
        assertThat(run("import", "--round", round, "--file", csv.toString()).out())
                .contains("Imported 0 replies", "3 were already there");

        String listing = run("contributions", round).out();
        assertThat(listing).contains("Forms, forms, forms", "Nobody listens to us");
        long id = contributions.listByRound(Long.parseLong(round)).get(2).id();
        assertThat(run("contribution", "move", String.valueOf(id), "--category", "idea").out())
                .contains("What we could do");
        assertThat(run("contributions", round).out()).contains("idea*");

        assertThat(run("themes", round).out()).contains("What's in our way", "What we could do");
        assertThat(run("summary", "show", round, "--format", "html").out())
                .contains("<b>What's in our way</b>", "<b>What we could do</b>");
        assertThat(run("summary", "post", round).out()).contains("queued (2 messages)");

        Path exported = dir.resolve("round.csv");
        assertThat(run("export", "--round", round, "--format", "csv", "--out", exported.toString()).out())
                .contains("Wrote 3 replies");
        assertThat(Files.readString(exported)).startsWith("timestamp,datetime,comment-id,author-id");

        assertThat(run("round", "close", round).out()).contains("is closed");
        assertThat(run("status").out()).contains("Rounds:   0 open of", "waiting to be sent");
    }

    @Test
    void mistakesGetOneClearLineAndAStatus() {
        ConvenorShell.Result unknownRound = run("round", "close", "999");
        assertThat(unknownRound.status()).isEqualTo(CommandRunner.FAILED);
        assertThat(unknownRound.err()).isEqualTo("There is no round 999. `round list` shows the rounds.");

        ConvenorShell.Result missing = run("round", "open", "--chat", "local:main");
        assertThat(missing.status()).isEqualTo(CommandRunner.FAILED);
        assertThat(missing.err()).contains("--prompt").doesNotContain("\n");

        assertThat(run("round", "open", "--chat", "nowhere", "--prompt", "Q?").err()).contains("platform:id");
        assertThat(run("round", "open", "--chat", "local:main", "--prompt", "Q?", "--category", "wishes").err())
                .contains("not a category");
        assertThat(run("round", "open", "--chat", "local:main", "--prompt", "Q?", "--closes", "soon").err())
                .contains("30m");
        assertThat(run("frobnicate").status()).isEqualTo(CommandRunner.USAGE);
        assertThat(run("round", "open", "--chat").status()).isEqualTo(CommandRunner.USAGE);
        assertThat(run("import", "--round", "1", "--file", dir.resolve("absent.csv").toString()).err())
                .isEqualTo("There is no round 1. `round list` shows the rounds.");
        assertThat(run("member", "forget", "telegram:42").out()).isEqualTo("Nothing was stored about telegram:42.");
    }

    @Test
    void collateWritesTheContractJsonAndRefusesACsvWithoutText() throws Exception {
        Path in = dir.resolve("replies.csv");
        Files.writeString(in, "text,prompt\nThe forms are endless,What is in our way?\n"
                + "Nobody reads the forms,What is in our way?\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.json");
        ConvenorShell.Result collated = run("collate", "--in", in.toString(), "--out", out.toString());
        assertThat(collated.status()).isZero();
        assertThat(Files.readString(out)).contains("\"contributions\"", "\"themes\"", "\"OBSTACLE\"");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "name,reply\nann,hello\n", StandardCharsets.UTF_8);
        ConvenorShell.Result refused = run("collate", "--in", bad.toString(), "--out", dir.resolve("bad.json").toString());
        assertThat(refused.status()).isEqualTo(CommandRunner.FAILED);
        assertThat(refused.err()).contains("has no text column").doesNotContain("\n");
        assertThat(dir.resolve("bad.json")).doesNotExist();
    }

    @Test
    void helpListsTheCommandsAndEachCommandExplainsItself() {
        assertThat(run("help").out()).contains("round open", "summary post", "collate", "member forget", "demo");
        assertThat(run("round", "open", "--help").out()).contains("round open --chat REF");
    }
}
