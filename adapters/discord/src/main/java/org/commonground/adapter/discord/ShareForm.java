package org.commonground.adapter.discord;

import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;
import org.commonground.core.intake.ReplyText;

/**
 * The Share button under a prompt and the short form it opens. Buttons and forms are interactions,
 * which Discord delivers whole without the privileged Message Content intent.
 */
final class ShareForm {

    static final String BUTTON = "cg-share";
    static final String ANSWER = "answer";
    private static final String FORM = "cg-share-form";

    private ShareForm() {
    }

    static Button button() {
        return Button.primary(BUTTON, "Share your answer");
    }

    /** The form; {@code promptId} is the prompt it answers, or {@code null} for the newest open question. */
    static Modal form(String promptId) {
        TextInput answer = TextInput.create(ANSWER, TextInputStyle.PARAGRAPH)
                .setRequiredRange(1, ReplyText.MAX_LENGTH)
                .setPlaceholder("In your own words. Nobody is named unless they choose to be.")
                .build();
        return Modal.create(promptId == null ? FORM : FORM + ":" + promptId, "Share your answer")
                .addComponents(Label.of("Your answer", answer))
                .build();
    }

    static boolean isForm(String modalId) {
        return modalId.equals(FORM) || modalId.startsWith(FORM + ":");
    }

    /** The prompt a form was opened from, or {@code null}. */
    static String promptOf(String modalId) {
        return modalId.startsWith(FORM + ":") ? modalId.substring(FORM.length() + 1) : null;
    }
}
