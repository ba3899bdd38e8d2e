package org.commonground.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.commonground.core.domain.Category;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Contribution;
import org.commonground.core.domain.Round;
import org.commonground.core.port.Dialect;
import org.commonground.core.testkit.InMemoryCore;
import org.commonground.core.testkit.RecordingPlatform;
import org.junit.jupiter.api.Test;

class ImportServiceTest {

    final InMemoryCore core = new InMemoryCore(new RecordingPlatform("local", Dialect.PLAIN_TEXT));

    @Test
    void importingTheSameFileTwiceAddsEachRowOnceAndKeepsChosenCategories() {
        Round round = core.services.rounds().open(List.of(ChatRef.parse("local:main")), "What is in our way?",
                Category.OBSTACLE, null);
        core.files.rows = List.of(
                new ReplyRow("1", "The forms never end", "ann", null, null, null),
                new ReplyRow("2", "Let's ask the councillors to a meeting", "bob", null, Category.IDEA, null),
                new ReplyRow("3", "   ", null, null, null, null));

        ImportService.Imported first = core.services.imports().importFile(round.id(), Path.of("notes.csv"));
        ImportService.Imported again = core.services.imports().importFile(round.id(), Path.of("notes.csv"));

        assertThat(first).isEqualTo(new ImportService.Imported(2, 0, 1));
        assertThat(again).isEqualTo(new ImportService.Imported(0, 2, 1));
        List<Contribution> stored = core.contributions.listByRound(round.id());
        assertThat(stored).extracting(Contribution::category).containsExactly(Category.OBSTACLE, Category.IDEA);
        assertThat(stored.get(1).confirmed()).isTrue();
        assertThat(stored.get(0).chat()).isEqualTo(ChatRef.parse("import:notes.csv"));
    }

    @Test
    void anUnknownRoundIsRefusedBeforeTheFileIsRead() {
        assertThatThrownBy(() -> core.services.imports().importFile(9, Path.of("x.csv")))
                .hasMessage("There is no round 9. `round list` shows the rounds.");
    }

    @Test
    void promptsAreReadForTheirCategory() {
        assertThat(PromptCategory.guess("Who do we need to persuade?")).isEqualTo(Category.TARGET);
        assertThat(PromptCategory.guess("What is in our way?")).isEqualTo(Category.OBSTACLE);
        assertThat(PromptCategory.guess("What could we do to win the change?")).isEqualTo(Category.IDEA);
        assertThat(PromptCategory.guess("What matters to you?")).isEqualTo(Category.VISION);
        assertThat(PromptCategory.guess("Tell us anything")).isNull();
    }
}
