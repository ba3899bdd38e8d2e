package org.commonground.testkit.discord;

import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.modals.Modal;

/** A tiny JDA bot for the tests: /share replies privately, the Share button opens a modal, the modal is thanked. */
class ShareBot extends JdaBots.Inbox {
    static final String BUTTON = "share-button";
    static final String MODAL = "share-modal";
    static final String INPUT = "text";

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        event.reply("Thanks for sharing: " + event.getOption(INPUT).getAsString()).setEphemeral(true).queue();
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        TextInput input = TextInput.create(INPUT, TextInputStyle.PARAGRAPH).build();
        event.replyModal(Modal.create(MODAL, "Share").addComponents(Label.of("Your reply", input)).build()).queue();
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        event.reply("Noted: " + event.getValue(INPUT).getAsString()).setEphemeral(true).queue();
    }
}
