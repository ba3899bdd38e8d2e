package org.commonground.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.event.InboundEvent;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Updates in the Bot API's own JSON shapes, read by the client's own classes, mapped without a server. */
class TelegramUpdateMapperTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final ChatRef GROUP = ChatRef.parse("telegram:-4000000001");
    static final MemberRef ANN = MemberRef.parse("telegram:1000001");
    static final String ANN_JSON = "{\"id\":1000001,\"is_bot\":false,\"first_name\":\"Ann\",\"last_name\":\"Lee\"}";
    static final String GROUP_JSON = "{\"id\":-4000000001,\"type\":\"group\",\"title\":\"Gathering\"}";

    final TelegramUpdateMapper mapper = new TelegramUpdateMapper("commonground_bot", Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aReplyInAGroupIsAPostedMessageThatRepliesToThePrompt() {
        assertThat(map(message(7, "getting back to the football", ",\"reply_to_message\":{\"message_id\":3,"
                + "\"date\":1790000000,\"chat\":" + GROUP_JSON + ",\"text\":\"What matters?\"}")))
                .contains(new InboundEvent.MessagePosted(GROUP, "7", ANN, "Ann Lee", "getting back to the football", "3",
                        false, Instant.ofEpochSecond(1790000000)));
    }

    @Test
    void commandsLoseTheirBotNameAndKeepTheirTextAndThoseForOtherBotsAreLeftAlone() {
        assertThat(map(message(8, "/Share@CommonGround_bot  my own\nfront door", "")))
                .contains(new InboundEvent.CommandIssued(GROUP, "8", ANN, "Ann Lee", "share", "my own\nfront door", null,
                        false, false, Instant.ofEpochSecond(1790000000)));
        assertThat(map(message(9, "/share@another_bot hello", ""))).isEmpty();
        assertThat(map(message(10, "/mydata", ""))).get().extracting(e -> ((InboundEvent.CommandIssued) e).args())
                .isEqualTo("");
    }

    @Test
    void aDirectMessageIsDirectAndAnAnonymousAdministratorIsAnAdministrator() {
        String direct = "{\"update_id\":5,\"message\":{\"message_id\":4,\"date\":1790000000,\"from\":" + ANN_JSON
                + ",\"chat\":{\"id\":1000001,\"type\":\"private\",\"first_name\":\"Ann\"},\"text\":\"time with friends\"}}";
        assertThat(map(direct)).get().satisfies(e -> assertThat(((InboundEvent.MessagePosted) e).direct()).isTrue());

        String anonymous = "{\"update_id\":6,\"message\":{\"message_id\":5,\"date\":1790000000,\"from\":{\"id\":1087968824,"
                + "\"is_bot\":true,\"first_name\":\"Group\",\"username\":\"GroupAnonymousBot\"},\"sender_chat\":" + GROUP_JSON
                + ",\"chat\":" + GROUP_JSON + ",\"text\":\"/summary\"}}";
        assertThat(map(anonymous)).get().satisfies(e -> assertThat(((InboundEvent.CommandIssued) e).admin()).isTrue());
    }

    @Test
    void otherBotsStickersAndServiceMessagesMapToNothingButAMigrationMovesTheChat() {
        String bot = "{\"update_id\":7,\"message\":{\"message_id\":6,\"date\":1790000000,\"from\":{\"id\":5,\"is_bot\":true,"
                + "\"first_name\":\"Other\"},\"chat\":" + GROUP_JSON + ",\"text\":\"spam\"}}";
        String sticker = "{\"update_id\":8,\"message\":{\"message_id\":7,\"date\":1790000000,\"from\":" + ANN_JSON
                + ",\"chat\":" + GROUP_JSON + ",\"sticker\":{\"file_id\":\"x\",\"file_unique_id\":\"y\",\"type\":\"regular\","
                + "\"width\":1,\"height\":1,\"is_animated\":false,\"is_video\":false}}}";
        String moved = "{\"update_id\":9,\"message\":{\"message_id\":8,\"date\":1790000000,\"from\":" + ANN_JSON
                + ",\"chat\":" + GROUP_JSON + ",\"migrate_to_chat_id\":-1002000000001}}";
        String arrived = "{\"update_id\":10,\"message\":{\"message_id\":1,\"date\":1790000000,\"from\":" + ANN_JSON
                + ",\"chat\":{\"id\":-1002000000001,\"type\":\"supergroup\",\"title\":\"Gathering\"},"
                + "\"migrate_from_chat_id\":-4000000001}}";

        assertThat(map(bot)).isEmpty();
        assertThat(map(sticker)).isEmpty();
        InboundEvent.ChatMoved move = new InboundEvent.ChatMoved(GROUP, ChatRef.parse("telegram:-1002000000001"));
        assertThat(map(moved)).contains(move);
        assertThat(map(arrived)).contains(move);
    }

    @Test
    void anEditedShareKeepsOnlyTheAnswerAndATapNamesTheBotMessage() {
        String edit = "{\"update_id\":11,\"edited_message\":{\"message_id\":8,\"date\":1790000000,\"edit_date\":1790000060,"
                + "\"from\":" + ANN_JSON + ",\"chat\":" + GROUP_JSON + ",\"text\":\"/share my own front door, my key\"}}";
        assertThat(map(edit)).contains(new InboundEvent.MessageEdited(GROUP, "8", ANN, "my own front door, my key",
                Instant.ofEpochSecond(1790000060)));

        String tap = "{\"update_id\":12,\"callback_query\":{\"id\":\"q1\",\"from\":" + ANN_JSON + ",\"chat_instance\":\"1\","
                + "\"data\":\"cat:IDEA\",\"message\":{\"message_id\":20,\"date\":1790000000,\"chat\":" + GROUP_JSON
                + ",\"text\":\"Which fits?\"}}}";
        assertThat(map(tap)).contains(new InboundEvent.ButtonPressed(GROUP, "20", ANN, "Ann Lee", "cat:IDEA", NOW, "q1"));
    }

    private Optional<InboundEvent> map(String updateJson) {
        try {
            return mapper.map(new ObjectMapper().readValue(updateJson, Update.class));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String message(int id, String text, String extra) {
        return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1790000000,\"from\":" + ANN_JSON
                + ",\"chat\":" + GROUP_JSON + ",\"text\":" + quoted(text) + extra + "}}";
    }

    private static String quoted(String text) {
        try {
            return new ObjectMapper().writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
