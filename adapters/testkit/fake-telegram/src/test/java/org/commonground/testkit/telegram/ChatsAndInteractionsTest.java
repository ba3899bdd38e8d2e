package org.commonground.testkit.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.testkit.telegram.RealClient.refusal;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.GetMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.reactions.SetMessageReaction;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.reactions.ReactionTypeEmoji;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class ChatsAndInteractionsTest {

    private final FakeTelegram telegram = FakeTelegram.builder().pacing(Pacing.unlimited()).start();
    private final TelegramClient client = RealClient.of(telegram);
    private final Person alice = telegram.person("Alice");
    private final Person bob = telegram.person("Bob");
    private final Person carol = telegram.person("Carol");
    private final FakeChat group = telegram.supergroup("Network", alice, bob);

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void describesTheBotTheChatAndItsMembers() throws Exception {
        group.promote(bob);

        assertThat(client.execute(new GetMe()).getUserName()).isEqualTo(telegram.botUsername());
        assertThat(client.execute(new GetChat(String.valueOf(group.id()))).getTitle()).isEqualTo("Network");
        assertThat(List.of(alice, bob, carol)).extracting(person -> status(person.id()))
                .containsExactly("creator", "administrator", "left");
        assertThat(status(telegram.botId())).isEqualTo("member");
        group.makeBotAdmin(true);
        assertThat(status(telegram.botId())).isEqualTo("administrator");
        assertThat(refusal(() -> status(99)).getApiResponse()).isEqualTo("Bad Request: user not found");
    }

    private String status(long userId) throws Exception {
        return client.execute(new GetChatMember(String.valueOf(group.id()), userId)).getStatus();
    }

    @Test
    void reactionsMustComeFromTheStandardList() throws Exception {
        MessageRef answer = alice.says(group, "a stall at the summer fair");
        SetMessageReaction.SetMessageReactionBuilder<?, ?> react =
                SetMessageReaction.builder().chatId(group.id()).messageId(answer.messageId());

        assertThat(client.execute(react.reactionTypes(List.of(new ReactionTypeEmoji("👍"))).build())).isTrue();

        assertThat(refusal(() -> client.execute(react.reactionTypes(List.of(new ReactionTypeEmoji("🦆"))).build()))
                .getApiResponse()).isEqualTo("Bad Request: REACTION_INVALID");
        assertThat(refusal(() -> client.execute(react.reactionTypes(List.of(new ReactionTypeEmoji("👍")))
                .messageId(999).build())).getApiResponse())
                .isEqualTo("Bad Request: message to react not found");
        assertThat(telegram.reactions()).containsExactly(
                new BotReaction(group.id(), answer.messageId(), List.of("👍"), false));
    }

    @Test
    void aCallbackQueryIsAnsweredOnce() throws Exception {
        Message card = client.execute(SendMessage.builder().chatId(group.id()).text("Open space session")
                .replyMarkup(InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
                        InlineKeyboardButton.builder().text("I'm interested").callbackData("join:7").build())).build())
                .build());
        String query = bob.taps(telegram.sent(group).get(0).ref(), "join:7");
        assertThat(telegram.sent(group).get(0).messageId()).isEqualTo(card.getMessageId());
        AnswerCallbackQuery answer = AnswerCallbackQuery.builder().callbackQueryId(query).text("You're in").build();

        assertThat(client.execute(answer)).isTrue();

        assertThat(refusal(() -> client.execute(answer)).getApiResponse())
                .isEqualTo("Bad Request: query is too old and response timeout expired or query ID is invalid");
        assertThat(telegram.callbackAnswers()).containsExactly(new CallbackAnswer(query, "You're in", false, null));
    }

    @Test
    void commandMenusAreKeptPerScopeAndChecked() throws Exception {
        client.execute(new SetMyCommands(List.of(command("share", "Share a reply"))));
        client.execute(SetMyCommands.builder().commands(List.of(command("/propose", " Propose a session ")))
                .scope(new BotCommandScopeAllGroupChats()).languageCode("en").build());

        assertThat(telegram.commands()).containsOnlyKeys("default", "all_group_chats/en");
        assertThat(telegram.commands().get("all_group_chats/en")).containsExactly(
                new BotCommand("propose", "Propose a session"));
        assertThat(client.execute(new GetMyCommands())).extracting(
                org.telegram.telegrambots.meta.api.objects.commands.BotCommand::getCommand).containsExactly("share");
        assertThat(refusal(() -> client.execute(new SetMyCommands(List.of(command("Share", "x"))))).getApiResponse())
                .isEqualTo("Bad Request: BOT_COMMAND_INVALID");
        assertThat(refusal(() -> client.execute(new SetMyCommands(List.of(command("share", " "))))).getApiResponse())
                .isEqualTo("Bad Request: command description must be non-empty");
        assertThat(refusal(() -> client.execute(new SetMyCommands(List.of(command("a".repeat(33), "x")))))
                .getApiResponse()).isEqualTo("Bad Request: command length must not exceed 32");
    }

    private static org.telegram.telegrambots.meta.api.objects.commands.BotCommand command(String name, String text) {
        return new org.telegram.telegrambots.meta.api.objects.commands.BotCommand(name, text);
    }

    @Test
    void chatActionsAreRecordedAndCheckedAgainstTheList() throws Exception {
        assertThat(client.execute(SendChatAction.builder().chatId(group.id()).action("typing").build())).isTrue();

        assertThat(refusal(() -> client.execute(SendChatAction.builder().chatId(group.id()).action("dancing").build()))
                .getApiResponse()).isEqualTo("Bad Request: wrong parameter action in request");
        assertThat(telegram.chatActions()).containsExactly(new ChatAction(group.id(), "typing"));
    }
}
