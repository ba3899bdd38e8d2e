package org.commonground.core.outbox;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.regex.Pattern;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.TextFormat;
import org.commonground.core.port.ChatIdForm;
import org.commonground.core.port.Dialect;
import org.junit.jupiter.api.Test;

class DialectsTest {

    final Dialects dialects = new Dialects(
            Map.of("dc", new Dialect(TextFormat.MARKDOWN, 2000), "room", Dialect.PLAIN_TEXT),
            Map.of("dc", new ChatIdForm(Pattern.compile("\\d{1,20}"), "dc:1122", "the channel's id")));

    @Test
    void aChatOnAKnownPlatformWithAnIdItTakesPasses() {
        assertThatCode(() -> dialects.check(ChatRef.parse("dc:112233"))).doesNotThrowAnyException();
        assertThatCode(() -> dialects.check(ChatRef.parse("room:any-name"))).doesNotThrowAnyException();
    }

    @Test
    void anUnknownPlatformOrAnIdThePlatformWouldNotTakeIsRefusedWithHowToWriteIt() {
        assertThatThrownBy(() -> dialects.check(ChatRef.parse("slack:C024BE91L")))
                .hasMessage("'slack:C024BE91L' is on no platform I know: chats are written dc:1122, room:<id>.");
        assertThatThrownBy(() -> dialects.check(ChatRef.parse("dc:general")))
                .hasMessage("'dc:general' is not a dc chat: write it like dc:1122 (the channel's id).");
    }
}
