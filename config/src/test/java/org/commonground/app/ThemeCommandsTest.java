package org.commonground.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonground.core.domain.Contribution;
import org.commonground.core.port.ContributionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.core.command.CommandRegistry;

/** A convenor correcting themes from the command line, on the real application and sentence model. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:themes;DB_CLOSE_DELAY=-1",
        "commonground.mode=ONE_OFF", "commonground.embeddings.cache-dir=target/natives"})
class ThemeCommandsTest {

    @Autowired
    CommandRegistry registry;
    @Autowired
    ContributionStore contributions;
    @TempDir
    Path dir;

    String run(String... words) {
        ConvenorShell.Result result = new ConvenorShell(registry).attempt(words);
        assertThat(result.err()).isEmpty();
        assertThat(result.status()).isZero();
        return result.out();
    }

    @Test
    void aConvenorRenamesMergesSplitsAndMovesAndTheThemesKeepIt() throws Exception {
        String round = run("round", "open", "--chat", "local:main", "--prompt", "What is in our way?", "--category",
                "obstacle").strip();
        Path csv = dir.resolve("notes.csv");
        Files.writeString(csv, "text\nthe buses stop at six\nno buses in the evening\nforms forms forms\n"
                + "every form asks the same questions\nlet's write a simple guide\n", StandardCharsets.UTF_8);
        run("import", "--round", round, "--file", csv.toString());
        List<Contribution> replies = contributions.listByRound(Long.parseLong(round));
        run("themes", round);

        assertThat(run("theme", "rename", round, themeOf(round, "the buses stop at six"), "--label", "Buses"))
                .contains("Buses");
        assertThat(run("theme", "merge", round, themeOf(round, "the buses stop at six"),
                themeOf(round, "forms forms forms"), "--label", "Getting about and paperwork"))
                .contains("Getting about and paperwork");
        assertThat(themeOf(round, "forms forms forms")).isEqualTo(themeOf(round, "no buses in the evening"));

        assertThat(run("theme", "split", round, themeOf(round, "the buses stop at six"), "--replies",
                replies.get(2).id() + "," + replies.get(3).id(), "--label", "Forms"))
                .contains("Forms", "Getting about and paperwork");
        assertThat(themeOf(round, "forms forms forms")).isNotEqualTo(themeOf(round, "no buses in the evening"));

        assertThat(run("theme", "move", String.valueOf(replies.get(4).id()), "--to", themeOf(round, "forms forms forms")))
                .doesNotContain("What we could do");
        assertThat(themeOf(round, "let's write a simple guide")).isEqualTo(themeOf(round, "forms forms forms"));
        assertThat(run("themes", round)).contains("Forms", "Getting about and paperwork");
    }

    /** The theme a reply is in, as `contributions ROUND` shows it after the latest collation. */
    private String themeOf(String round, String text) {
        long id = contributions.listByRound(Long.parseLong(round)).stream().filter(c -> c.text().equals(text))
                .findFirst().orElseThrow().id();
        Matcher listed = Pattern.compile("(?m)^" + id + "\\s+\\S+\\s+\\S+\\s+(t\\d+)")
                .matcher(run("contributions", round));
        assertThat(listed.find()).isTrue();
        return listed.group(1);
    }
}
