package org.commonground.adapter.discord;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReference;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.event.InboundEvent;

/** Pure mapping from what JDA reports to the core's inbound events. */
final class DiscordEvents {

    private final String convenorRole;
    private final Clock clock;

    /** @param convenorRole a role name or id whose members count as convenors, or {@code null} */
    DiscordEvents(String convenorRole, Clock clock) {
        this.convenorRole = convenorRole;
        this.clock = clock;
    }

    /** A person's message; empty for bots, system messages and text Discord withheld from the bot. */
    Optional<InboundEvent> posted(Message message) {
        if (!fromAPerson(message) || !readable(message)) {
            return Optional.empty();
        }
        MessageReference reference = message.getMessageReference();
        return Optional.of(new InboundEvent.MessagePosted(chat(message.getChannelIdLong()), message.getId(),
                member(message.getAuthor()), message.getAuthor().getEffectiveName(), message.getContentRaw(),
                reference == null ? null : reference.getMessageId(), !message.isFromGuild(),
                message.getTimeCreated().toInstant()));
    }

    /** A person's edit; empty when Discord withheld the new text, which is not the same as an empty text. */
    Optional<InboundEvent> edited(Message message) {
        if (!fromAPerson(message) || !readable(message)) {
            return Optional.empty();
        }
        return Optional.of(new InboundEvent.MessageEdited(chat(message.getChannelIdLong()), message.getId(),
                member(message.getAuthor()), message.getContentRaw(), clock.instant()));
    }

    InboundEvent deleted(long channelId, String messageId) {
        return new InboundEvent.MessageDeleted(chat(channelId), messageId);
    }

    /** A slash command, its options written after the name as a person would type them. */
    InboundEvent.CommandIssued command(SlashCommandInteraction command) {
        String args = switch (command.getName()) {
            case SlashCommands.SHARE -> option(command, SlashCommands.ANSWER);
            case SlashCommands.CREDIT -> option(command, SlashCommands.CHOICE);
            case SlashCommands.ASK -> Optional.ofNullable(command.getOption(SlashCommands.CATEGORY))
                    .map(OptionMapping::getAsString).orElse("open") + " " + option(command, SlashCommands.PROMPT);
            default -> option(command, SlashCommands.TEXT);
        };
        return issued(command, command.getName().toLowerCase(Locale.ROOT), args, null);
    }

    /** The share form, sent: the answer, as a reply to the prompt the form was opened from (if any). */
    InboundEvent.CommandIssued shared(ModalInteraction form) {
        ModalMapping answer = form.getValue(ShareForm.ANSWER);
        return issued(form, SlashCommands.SHARE, answer == null ? "" : answer.getAsString(),
                ShareForm.promptOf(form.getModalId()));
    }

    InboundEvent.ButtonPressed pressed(ButtonInteraction press) {
        return new InboundEvent.ButtonPressed(chat(press.getChannelIdLong()), press.getMessageId(),
                member(press.getUser()), press.getUser().getEffectiveName(), press.getComponentId(),
                press.getTimeCreated().toInstant(), press.getId());
    }

    /** Those who can manage the server steer it, and so may members of the configured role. */
    boolean convenor(Member member) {
        if (member == null) {
            return false;
        }
        return member.hasPermission(Permission.MANAGE_SERVER) || convenorRole != null && member.getRoles().stream()
                .anyMatch(role -> role.getId().equals(convenorRole) || role.getName().equalsIgnoreCase(convenorRole));
    }

    static ChatRef chat(long channelId) {
        return new ChatRef(DiscordChatPlatform.PLATFORM, Long.toUnsignedString(channelId));
    }

    private InboundEvent.CommandIssued issued(Interaction interaction, String name, String args, String replyTo) {
        return new InboundEvent.CommandIssued(chat(interaction.getChannelIdLong()), interaction.getId(),
                member(interaction.getUser()), interaction.getUser().getEffectiveName(), name, args, replyTo,
                !interaction.isFromGuild(), convenor(interaction.getMember()), interaction.getTimeCreated().toInstant());
    }

    private static String option(SlashCommandInteraction command, String name) {
        OptionMapping option = command.getOption(name);
        return option == null ? "" : option.getAsString();
    }

    private static boolean fromAPerson(Message message) {
        User author = message.getAuthor();
        MessageType type = message.getType();
        return !author.isBot() && !author.isSystem() && !message.isWebhookMessage()
                && (type == MessageType.DEFAULT || type == MessageType.INLINE_REPLY);
    }

    /**
     * Without the Message Content intent, Discord sends a guild message's text only when it mentions the
     * bot — as a reply to the bot's prompt does, unless the person turned the ping off.
     */
    private static boolean readable(Message message) {
        if (!message.isFromGuild() || message.getJDA().getGatewayIntents().contains(GatewayIntent.MESSAGE_CONTENT)) {
            return true;
        }
        long self = message.getJDA().getSelfUser().getIdLong();
        return message.getMentions().getUsers().stream().anyMatch(user -> user.getIdLong() == self);
    }

    private static MemberRef member(User user) {
        return new MemberRef(DiscordChatPlatform.PLATFORM, user.getId());
    }
}
