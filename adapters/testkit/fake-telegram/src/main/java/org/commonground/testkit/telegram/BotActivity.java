package org.commonground.testkit.telegram;

import java.util.ArrayList;
import java.util.List;

/** What the bot did that leaves no message behind: reactions set, callback answers, chat actions. */
final class BotActivity {

    private final List<BotReaction> reactions = new ArrayList<>();
    private final List<CallbackAnswer> answers = new ArrayList<>();
    private final List<ChatAction> actions = new ArrayList<>();

    synchronized void reacted(BotReaction reaction) {
        reactions.add(reaction);
    }

    synchronized void answered(CallbackAnswer answer) {
        answers.add(answer);
    }

    synchronized void acted(ChatAction action) {
        actions.add(action);
    }

    synchronized List<BotReaction> reactions() {
        return List.copyOf(reactions);
    }

    synchronized List<CallbackAnswer> answers() {
        return List.copyOf(answers);
    }

    synchronized List<ChatAction> actions() {
        return List.copyOf(actions);
    }
}
