package org.commonground.adapter.discord;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.domain.OutboundMessage.Edit;
import org.commonground.core.domain.OutboundMessage.Picture;
import org.commonground.core.domain.OutboundMessage.Post;
import org.commonground.core.domain.TextFormat;
import org.commonground.core.event.InboundSink;
import org.commonground.core.port.Buttons;
import org.commonground.core.port.ChatPlatform;
import org.commonground.core.port.DeliveryException;
import org.commonground.core.port.Dialect;
import org.commonground.core.port.DirectMessages;
import org.commonground.core.port.Edits;
import org.commonground.core.port.Images;
import org.commonground.core.port.Reactions;
import org.commonground.core.port.ShareForms;
import org.commonground.core.round.OpenPrompts;

/**
 * Discord through JDA. Chats are channels ({@code discord:<channel id>}), members are users. Prompts
 * carry a Share button that opens a form; what the core says to one person after an interaction
 * (the category question) goes to them alone, as an ephemeral follow-up. Reminders a member asked
 * for go to their DM channel with the bot. Pictures go as PNG files under their caption.
 */
public final class DiscordChatPlatform
        implements ChatPlatform, Buttons, Edits, Reactions, ShareForms, DirectMessages, Images {

    public static final String PLATFORM = "discord";
    /** Discord's Markdown, at most 2000 characters a message. */
    public static final Dialect DIALECT = new Dialect(TextFormat.MARKDOWN, 2000);

    private final DiscordSettings settings;
    private final OpenPrompts openPrompts;
    private final Clock clock;
    private final InteractionAnswers answers;
    private volatile DiscordSession session;

    public DiscordChatPlatform(DiscordSettings settings, OpenPrompts openPrompts, Clock clock) {
        this.settings = settings;
        this.openPrompts = openPrompts;
        this.clock = clock;
        this.answers = new InteractionAnswers(clock);
    }

    @Override
    public String platform() {
        return PLATFORM;
    }

    @Override
    public Dialect dialect() {
        return DIALECT;
    }

    /** Connects, registers the slash commands, and catches up on replies made while the bot was away. */
    @Override
    public synchronized void start(InboundSink sink) {
        if (session == null) {
            session = DiscordSession.open(settings, openPrompts, answers, clock, sink);
        }
    }

    @Override
    public synchronized void stop() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    @Override
    public String post(ChatRef chat, Post post) throws DeliveryException {
        return send(chat, post, List.of());
    }

    @Override
    public String postWithButtons(ChatRef chat, Post post) throws DeliveryException {
        return send(chat, post, OutgoingMessages.buttons(post.buttons()));
    }

    @Override
    public String postPrompt(ChatRef chat, Post post) throws DeliveryException {
        return send(chat, post, List.of(ShareForm.button()));
    }

    @Override
    public void edit(ChatRef chat, Edit edit) throws DeliveryException {
        var data = OutgoingMessages.edit(edit.text(), OutgoingMessages.buttons(edit.buttons()));
        Optional<InteractionHook> hook = answers.hookOfMessage(edit.messageId());
        if (hook.isPresent()) {
            Deliveries.complete(hook.get().editMessageById(edit.messageId(), data));
        } else {
            Deliveries.complete(channel(chat).editMessageById(edit.messageId(), data));
        }
    }

    /** The picture as a PNG file under its caption; over Discord's 10 MiB it can never go. */
    @Override
    public String postPicture(ChatRef chat, Picture picture) throws DeliveryException {
        byte[] png = picture.png();
        if (png.length > OutgoingMessages.MAX_FILE) {
            throw DeliveryException.permanent("The picture is " + png.length / 1024 + " KiB; Discord takes files of "
                    + OutgoingMessages.MAX_FILE / 1024 + " KiB at most");
        }
        MessageCreateData data = OutgoingMessages.picture(picture.caption(), picture.name(), png);
        return Deliveries.complete(channel(chat).sendMessage(data)).getId();
    }

    /** A message deleted before its acknowledgement arrives simply gets none. */
    @Override
    public void react(ChatRef chat, String messageId, String emoji) throws DeliveryException {
        Deliveries.complete(Deliveries.unlessGone(channel(chat).addReactionById(messageId, Emoji.fromUnicode(emoji))));
    }

    /** The member's DM channel with the bot, opened as Discord requires before the first message. */
    @Override
    public Optional<ChatRef> directChat(MemberRef member) throws DeliveryException {
        PrivateChannel channel = Deliveries.complete(session().jda().openPrivateChannelById(member.id()));
        return Optional.of(DiscordEvents.chat(channel.getIdLong()));
    }

    /**
     * A message that answers an interaction of the last minutes (such as the category question about
     * an answer shared through the form) goes only to that person; anything else to the channel.
     */
    private String send(ChatRef chat, Post post, List<Button> buttons) throws DeliveryException {
        MessageCreateData data = OutgoingMessages.create(post.text(), buttons);
        Optional<InteractionHook> hook = answers.hookOf(post.replyTo());
        if (hook.isPresent()) {
            Message sent = Deliveries.complete(hook.get().sendMessage(data).setEphemeral(true));
            answers.sentThrough(hook.get(), sent);
            return sent.getId();
        }
        var action = channel(chat).sendMessage(data);
        if (post.replyTo() != null && DiscordIds.parse(post.replyTo()) != 0) {
            action = action.setMessageReference(post.replyTo()).failOnInvalidReply(false);
        }
        return Deliveries.complete(action).getId();
    }

    private DiscordSession session() throws DeliveryException {
        DiscordSession current = session;
        if (current == null) {
            throw DeliveryException.transientFailure("Discord is not connected", null);
        }
        return current;
    }

    private MessageChannel channel(ChatRef chat) throws DeliveryException {
        return session().channel(chat);
    }
}
