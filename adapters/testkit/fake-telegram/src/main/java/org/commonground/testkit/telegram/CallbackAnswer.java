package org.commonground.testkit.telegram;

/** An answerCallbackQuery call; text and url are null when the bot gave none. */
public record CallbackAnswer(String callbackQueryId, String text, boolean showAlert, String url) {
}
