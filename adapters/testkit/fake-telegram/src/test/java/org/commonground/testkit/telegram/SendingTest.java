package org.commonground.testkit.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.testkit.telegram.RealClient.refusal;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class SendingTest {

    private final FakeTelegram telegram = FakeTelegram.builder().pacing(Pacing.unlimited()).start();
    private final TelegramClient client = RealClient.of(telegram);
    private final Person alice = telegram.person("Alice");
    private final FakeChat group = telegram.group("Gathering", alice);

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void htmlWithAKeyboardComesBackAsAParsedMessage() throws Exception {
        Message prompt = client.execute(html(group, "<b>What matters</b> to you?").replyMarkup(keyboard("vision")).build());

        assertThat(prompt.getMessageId()).isEqualTo(1);
        assertThat(prompt.getChatId()).isEqualTo(group.id());
        assertThat(prompt.getFrom().getUserName()).isEqualTo(telegram.botUsername());
        assertThat(prompt.getText()).isEqualTo("What matters to you?");
        assertThat(prompt.getEntities()).singleElement()
                .satisfies(bold -> assertThat(List.of(bold.getType(), bold.getOffset(), bold.getLength()))
                        .containsExactly("bold", 0, 12));
        assertThat(prompt.getReplyMarkup().getKeyboard().get(0).get(0).getCallbackData()).isEqualTo("vision");
    }

    @Test
    void repliesNameTheirTargetBothWays() throws Exception {
        MessageRef answer = alice.says(group, "football with my mates");
        Message viaParameters = client.execute(html(group, "Thanks")
                .replyParameters(ReplyParameters.builder().messageId(answer.messageId()).build()).build());
        Message viaLegacyField = client.execute(html(group, "Noted").replyToMessageId(answer.messageId()).build());

        assertThat(viaParameters.getReplyToMessage().getText()).isEqualTo("football with my mates");
        assertThat(viaLegacyField.getReplyToMessage().getMessageId()).isEqualTo(answer.messageId());
        assertThat(telegram.sent(group)).extracting(SentMessage::replyToMessageId)
                .containsExactly(answer.messageId(), answer.messageId());
        assertThat(refusal(() -> client.execute(html(group, "Lost").replyToMessageId(999).build())).getApiResponse())
                .isEqualTo("Bad Request: message to be replied not found");
    }

    @Test
    void malformedHtmlIsRefusedAsTelegramWordsIt() {
        TelegramApiRequestException refusal = refusal(() -> client.execute(html(group, "1 < 2 <b>x</b>").build()));

        assertThat(refusal.getErrorCode()).isEqualTo(400);
        assertThat(refusal.getApiResponse())
                .isEqualTo("Bad Request: can't parse entities: Unsupported start tag \"\" at byte offset 2");
        assertThat(refusal(() -> client.execute(html(group, "<b>unclosed").build())).getApiResponse())
                .isEqualTo("Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"");
    }

    @Test
    void lengthIsCountedAfterParsing() throws Exception {
        String limit = "a".repeat(MessageText.MAX_LENGTH);

        assertThat(client.execute(html(group, "<b>" + limit + "</b>").build()).getText()).hasSize(4096);
        assertThat(refusal(() -> client.execute(html(group, limit + "b").build())).getApiResponse())
                .isEqualTo("Bad Request: message is too long");
        assertThat(refusal(() -> client.execute(html(group, "<b> </b>").build())).getApiResponse())
                .isEqualTo("Bad Request: message text is empty");
    }

    @Test
    void markdownV2ReservedCharactersMustBeEscaped() throws Exception {
        SendMessage.SendMessageBuilder<?, ?> unescaped = SendMessage.builder().chatId(group.id())
                .parseMode(ParseMode.MARKDOWNV2).text("Thanks, all!");

        assertThat(refusal(() -> client.execute(unescaped.build())).getApiResponse()).isEqualTo(
                "Bad Request: can't parse entities: Character '!' is reserved and must be escaped with the preceding '\\'");
        assertThat(client.execute(unescaped.text("*Thanks*, all\\!").build()).getText()).isEqualTo("Thanks, all!");
    }

    @Test
    void longCallbackDataIsRefused() {
        SendMessage tooLong = html(group, "Pick").replyMarkup(keyboard("x".repeat(65))).build();

        assertThat(refusal(() -> client.execute(tooLong)).getApiResponse()).isEqualTo("Bad Request: BUTTON_DATA_INVALID");
    }

    @Test
    void editsAreKeptInOrderAndAnUnchangedEditIsRefused() throws Exception {
        Message prompt = client.execute(html(group, "Draft").replyMarkup(keyboard("a")).build());
        EditMessageText edit = EditMessageText.builder().chatId(group.id()).messageId(prompt.getMessageId())
                .text("<i>Final</i>").parseMode(ParseMode.HTML).replyMarkup(keyboard("a")).build();

        client.execute(edit);

        assertThat(refusal(() -> client.execute(edit)).getApiResponse()).isEqualTo("Bad Request: message is not modified:"
                + " specified new message content and reply markup are exactly the same as a current content and"
                + " reply markup of the message");
        SentMessage sent = telegram.sent(group).get(0);
        assertThat(sent.text()).isEqualTo("Final");
        assertThat(sent.markup()).isEqualTo("<i>Final</i>");
        assertThat(sent.earlierTexts()).containsExactly("Draft");
        assertThat(sent.keyboard()).containsExactly(List.of(new Button("a", "a", null)));
    }

    @Test
    void theKeyboardCanBeEditedOnItsOwn() throws Exception {
        Message card = client.execute(html(group, "Session").replyMarkup(keyboard("join")).build());
        EditMessageReplyMarkup removeKeyboard = EditMessageReplyMarkup.builder().chatId(group.id())
                .messageId(card.getMessageId()).build();

        assertThat(((Message) client.execute(removeKeyboard)).getReplyMarkup()).isNull();

        assertThat(telegram.sent(group).get(0).keyboard()).isEmpty();
        assertThat(refusal(() -> client.execute(removeKeyboard)).getApiResponse()).startsWith(
                "Bad Request: message is not modified");
    }

    @Test
    void onlyTheBotsOwnExistingMessagesCanBeEdited() {
        MessageRef hers = alice.says(group, "mine");

        assertThat(refusal(() -> client.execute(EditMessageText.builder().chatId(group.id()).messageId(hers.messageId())
                .text("x").build())).getApiResponse()).isEqualTo("Bad Request: message can't be edited");
        assertThat(refusal(() -> client.execute(EditMessageText.builder().chatId(group.id()).messageId(42)
                .text("x").build())).getApiResponse()).isEqualTo("Bad Request: message to edit not found");
    }

    @Test
    void deletingMarksTheMessageAndASecondDeleteFindsNothing() throws Exception {
        Message sent = client.execute(html(group, "Oops").build());
        DeleteMessage delete = new DeleteMessage(String.valueOf(group.id()), sent.getMessageId());

        assertThat(client.execute(delete)).isTrue();
        assertThat(telegram.sent(group).get(0).deleted()).isTrue();
        assertThat(refusal(() -> client.execute(delete)).getApiResponse()).isEqualTo("Bad Request: message to delete not found");
        MessageRef hers = alice.says(group, "hello");
        assertThat(refusal(() -> client.execute(new DeleteMessage(String.valueOf(group.id()), hers.messageId())))
                .getApiResponse()).isEqualTo("Bad Request: message can't be deleted");
    }

    @Test
    void aPersonMustStartTheBotBeforeItCanWriteToThem() throws Exception {
        FakeChat direct = alice.privateChat();

        assertThat(refusal(() -> client.execute(html(direct, "Hi").build())).getApiResponse())
                .isEqualTo("Forbidden: bot can't initiate conversation with a user");
        alice.says(direct, "/start");
        assertThat(client.execute(html(direct, "Hi").build()).getChat().getType()).isEqualTo("private");
        alice.blocksBot();
        TelegramApiRequestException blocked = refusal(() -> client.execute(html(direct, "Hi again").build()));
        assertThat(blocked.getErrorCode()).isEqualTo(403);
        assertThat(blocked.getApiResponse()).isEqualTo("Forbidden: bot was blocked by the user");
    }

    @Test
    void aMigratedGroupPointsToItsSupergroup() throws Exception {
        FakeChat supergroup = group.migrateToSupergroup();

        TelegramApiRequestException refusal = refusal(() -> client.execute(html(group, "Hello").build()));
        assertThat(refusal.getApiResponse()).isEqualTo("Bad Request: group chat was upgraded to a supergroup chat");
        assertThat(refusal.getParameters().getMigrateToChatId()).isEqualTo(supergroup.id());
        assertThat(client.execute(html(supergroup, "Hello").build()).getChat().isSuperGroupChat()).isTrue();
    }

    private static SendMessage.SendMessageBuilder<?, ?> html(FakeChat chat, String text) {
        return SendMessage.builder().chatId(chat.id()).text(text).parseMode(ParseMode.HTML);
    }

    private static InlineKeyboardMarkup keyboard(String callbackData) {
        return InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
                InlineKeyboardButton.builder().text(callbackData.substring(0, 1)).callbackData(callbackData).build()))
                .build();
    }
}
