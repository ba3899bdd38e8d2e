package org.commonground.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.commonground.core.intake.ReplyText;
import org.junit.jupiter.api.Test;

class ReferencesTest {

    @Test
    void chatAndMemberReferencesParseAndPrintTheSameWay() {
        assertThat(ChatRef.parse("telegram:-1001234567890")).isEqualTo(new ChatRef("telegram", "-1001234567890"));
        assertThat(ChatRef.parse(" Discord:112233 ").toString()).isEqualTo("discord:112233");
        assertThat(MemberRef.parse("local:alice").id()).isEqualTo("alice");
        assertThatThrownBy(() -> ChatRef.parse("main")).hasMessageContaining("platform:id");
        assertThatThrownBy(() -> ChatRef.parse("local:")).hasMessageContaining("not an id");
        assertThatThrownBy(() -> ChatRef.parse("local:a b")).hasMessageContaining("not an id");
    }

    @Test
    void categoriesAreReadAsPeopleWriteThem() {
        assertThat(Category.parse("Obstacles")).isEqualTo(Category.OBSTACLE);
        assertThat(Category.parse(" idea ")).isEqualTo(Category.IDEA);
        assertThatThrownBy(() -> Category.parse("wishes")).hasMessageContaining("vision, obstacle, target or idea");
    }

    @Test
    void replyTextDropsControlCharactersAndCutsHugeMessages() {
        assertThat(ReplyText.clean("  hi\u0000 there\r\nfriend\u202E  ")).isEqualTo("hi there\nfriend");
        assertThat(ReplyText.clean("👩‍👩‍👧 family")).isEqualTo("👩‍👩‍👧 family");
        String huge = ReplyText.clean("x".repeat(100_000));
        assertThat(huge).hasSize(ReplyText.MAX_LENGTH).endsWith("…");
        assertThat(ReplyText.oneLine("a\n\nb   c", 10)).isEqualTo("a b c");
    }
}
