package org.commonground.testkit.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.reactions.ReactionTypeEmoji;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

class LongPollingTest {

    private final FakeTelegram telegram = FakeTelegram.builder().pacing(Pacing.unlimited()).start();
    private final Person alice = telegram.person("Alice");
    private final Person bob = telegram.person("Bob");
    private final FakeChat direct = alice.privateChat();

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void queuedUpdatesArriveInOrderAndAreConfirmedByTheNextPoll() throws Exception {
        List<String> replies = IntStream.rangeClosed(1, 5).mapToObj(i -> "reply " + i).collect(Collectors.toList());
        replies.forEach(reply -> alice.says(direct, reply));

        try (PollingBot bot = PollingBot.start(telegram)) {
            telegram.await(() -> bot.texts().size() == 5 && telegram.pendingUpdates() == 0);
            alice.says(direct, "reply 6");
            telegram.await(() -> bot.texts().size() == 6);

            assertThat(bot.texts()).startsWith(replies.toArray(String[]::new)).endsWith("reply 6");
            assertThat(bot.received()).extracting(Update::getUpdateId).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void afterACrashUnconfirmedUpdatesComeAgainAndConfirmedOnesDoNot() throws Exception {
        alice.says(direct, "one");
        alice.says(direct, "two");
        try (PollingBot crashing = new PollingBot(telegram, update -> "three".equals(update.getMessage().getText()))) {
            telegram.await(() -> crashing.texts().size() == 2 && telegram.pendingUpdates() == 0);
            alice.says(direct, "three");
            telegram.await(() -> crashing.texts().contains("three"));
            alice.says(direct, "four");
        }
        assertThat(telegram.pendingUpdates()).isEqualTo(2);

        try (PollingBot restarted = PollingBot.start(telegram)) {
            telegram.await(() -> restarted.texts().size() == 2);

            assertThat(restarted.texts()).containsExactly("three", "four");
        }
    }

    @Test
    void aSecondPollerIsTurnedAwayWithConflict() throws Exception {
        try (PollingBot first = PollingBot.start(telegram); PollingBot second = PollingBot.start(telegram)) {
            telegram.await(() -> telegram.requests().stream()
                    .anyMatch(request -> request.is("getUpdates") && request.status() == 409));
        }
    }

    @Test
    void editsButtonTapsAndReactionsArriveAsTheirOwnUpdates() throws Exception {
        alice.says(direct, "/start");
        Message card = RealClient.of(telegram).execute(SendMessage.builder().chatId(direct.id()).text("Pick one")
                .replyMarkup(InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
                        InlineKeyboardButton.builder().text("Vision").callbackData("vision").build())).build()).build());
        MessageRef cardRef = direct.message(card.getMessageId());
        try (PollingBot bot = PollingBot.start(telegram)) {
            telegram.await(() -> bot.texts().contains("/start"));
            MessageRef draft = alice.says(direct, "first draft");
            alice.edits(draft, "second draft");
            String query = alice.taps(cardRef, "vision");
            alice.reactsTo(cardRef, "👍");
            telegram.await(() -> bot.received().size() == 5);

            List<Update> updates = bot.received();
            assertThat(updates.get(2).getEditedMessage().getText()).isEqualTo("second draft");
            assertThat(updates.get(2).getEditedMessage().getEditDate()).isNotNull();
            assertThat(updates.get(3).getCallbackQuery().getId()).isEqualTo(query);
            assertThat(updates.get(3).getCallbackQuery().getData()).isEqualTo("vision");
            assertThat(((Message) updates.get(3).getCallbackQuery().getMessage()).getText()).isEqualTo("Pick one");
            assertThat(updates.get(4).getMessageReaction().getUser().getId()).isEqualTo(alice.id());
            assertThat(updates.get(4).getMessageReaction().getNewReaction()).singleElement()
                    .isEqualTo(new ReactionTypeEmoji("👍"));
        }
    }

    @Test
    void inGroupsPrivacyModeLetsThroughOnlyWhatIsMeantForTheBot() throws Exception {
        FakeChat group = telegram.group("Gathering", alice, bob);
        Message prompt = RealClient.of(telegram).execute(SendMessage.builder().chatId(group.id())
                .text("What matters to you?").build());
        alice.says(group, "just chatting");
        alice.says(group, "/share@another_bot hello");
        alice.says(group, "/share getting back to the football");
        bob.says(group, "/share@" + telegram.botUsername() + " the local radio");
        bob.repliesTo(group.message(prompt.getMessageId()), "my mates");
        alice.says(group, "over to you @" + telegram.botUsername());

        try (PollingBot bot = PollingBot.start(telegram)) {
            telegram.await(() -> bot.texts().size() == 4);
            telegram.privacyMode(false);
            alice.says(group, "now the bot hears everything");
            telegram.await(() -> bot.texts().size() == 5);

            assertThat(bot.texts()).containsExactly("/share getting back to the football",
                    "/share@" + telegram.botUsername() + " the local radio", "my mates",
                    "over to you @" + telegram.botUsername(), "now the bot hears everything");
            assertThat(bot.received().get(0).getMessage().getEntities()).singleElement()
                    .satisfies(command -> assertThat(command.getText()).isEqualTo("/share"))
                    .satisfies(command -> assertThat(command.getType()).isEqualTo("bot_command"));
            assertThat(bot.received().get(2).getMessage().getReplyToMessage().getMessageId())
                    .isEqualTo(prompt.getMessageId());
        }
    }

    @Test
    void anUpgradeToASupergroupIsAnnouncedInBothChats() throws Exception {
        FakeChat group = telegram.group("Gathering", alice, bob);

        try (PollingBot bot = PollingBot.start(telegram)) {
            FakeChat supergroup = group.migrateToSupergroup();
            telegram.await(() -> bot.received().size() == 2);

            assertThat(bot.received().get(0).getMessage().getMigrateToChatId()).isEqualTo(supergroup.id());
            assertThat(bot.received().get(1).getMessage().getMigrateFromChatId()).isEqualTo(group.id());
            assertThat(bot.received().get(1).getMessage().getChat().getType()).isEqualTo("supergroup");
        }
    }
}
