package org.commonground.adapter.discord;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.events.session.SessionInvalidateEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.commonground.core.event.InboundEvent;
import org.commonground.core.event.InboundResult;
import org.commonground.core.event.InboundSink;

/**
 * Takes what Discord reports, on JDA's gateway thread: each event goes to the core and is stored
 * before the next is read; interactions are answered from the core's result. The Share button and
 * {@code /share} without text open the form without the core: only what is submitted counts.
 */
final class DiscordListener extends ListenerAdapter {

    private static final Logger LOG = Logger.getLogger(DiscordListener.class.getName());
    private static final String SORRY = "Sorry, I couldn't take that just now; please try again in a moment.";

    private final DiscordEvents events;
    private final InboundSink sink;
    private final InteractionAnswers answers;
    private final HistoryCatchUp catchUp;

    DiscordListener(DiscordEvents events, InboundSink sink, InteractionAnswers answers, HistoryCatchUp catchUp) {
        this.events = events;
        this.sink = sink;
        this.answers = answers;
        this.catchUp = catchUp;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        events.posted(event.getMessage()).ifPresent(posted -> {
            InboundResult result = take(posted);
            if (result.hasNote() && !event.isFromGuild()) {
                OutgoingMessages.noteParts(result.note())
                        .forEach(part -> event.getChannel().sendMessage(OutgoingMessages.create(part, List.of())).queue());
            }
        });
    }

    @Override
    public void onMessageUpdate(MessageUpdateEvent event) {
        events.edited(event.getMessage()).ifPresent(this::take);
    }

    @Override
    public void onMessageDelete(MessageDeleteEvent event) {
        take(events.deleted(event.getChannel().getIdLong(), event.getMessageId()));
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (event.getName().equals(SlashCommands.SHARE) && event.getOption(SlashCommands.ANSWER) == null) {
            event.replyModal(ShareForm.form(null)).queue();
        } else {
            answer(event, events.command(event));
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (event.getComponentId().equals(ShareForm.BUTTON)) {
            event.replyModal(ShareForm.form(event.getMessageId())).queue();
        } else {
            answer(event, events.pressed(event));
        }
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        if (ShareForm.isForm(event.getModalId())) {
            answer(event, events.shared(event));
        }
    }

    @Override
    public void onReady(ReadyEvent event) {
        catchUp.catchUp(event.getJDA());
    }

    @Override
    public void onSessionResume(SessionResumeEvent event) {
        catchUp.catchUp(event.getJDA());
    }

    @Override
    public void onSessionRecreate(SessionRecreateEvent event) {
        catchUp.catchUp(event.getJDA());
    }

    @Override
    public void onSessionDisconnect(SessionDisconnectEvent event) {
        markGap();
    }

    @Override
    public void onSessionInvalidate(SessionInvalidateEvent event) {
        markGap();
    }

    private void markGap() {
        try {
            catchUp.mark();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not mark where the rounds stood before a Discord gap", e);
        }
    }

    private void answer(IReplyCallback interaction, InboundEvent event) {
        InboundResult result;
        try {
            result = sink.accept(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not take a Discord interaction", e);
            result = InboundResult.note(SORRY);
        }
        answers.answer(interaction, result);
    }

    /** Hands an event over; a failure is logged, and a reply to a prompt is found again by the catch-up. */
    private InboundResult take(InboundEvent event) {
        try {
            return sink.accept(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not take a Discord event in " + event.chat(), e);
            return InboundResult.NOTHING;
        }
    }
}
