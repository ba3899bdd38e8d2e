package org.commonground.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReference;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.event.InboundEvent;
import org.junit.jupiter.api.Test;

/** The mapping from JDA's objects to the core's events, on JDA's interfaces without a server. */
class DiscordEventsTest {

    static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
    static final long SELF = 900;

    final DiscordEvents events = new DiscordEvents("Convenors", Clock.fixed(AT, ZoneOffset.UTC));

    @Test
    void aReplyInAChannelBecomesAPostWithItsPromptAndAuthor() {
        Message reply = message("a stall at the summer fair", true, true);

        assertThat(events.posted(reply)).contains(new InboundEvent.MessagePosted(new ChatRef("discord", "20"), "30",
                new MemberRef("discord", "40"), "Ann", "a stall at the summer fair", "10", false, AT));
    }

    @Test
    void botsAndSystemMessagesAreNotPeopleSpeaking() {
        Message fromBot = message("beep", true, true);
        when(fromBot.getAuthor().isBot()).thenReturn(true);
        Message pinned = message("", true, true);
        when(pinned.getType()).thenReturn(MessageType.CHANNEL_PINNED_ADD);

        assertThat(events.posted(fromBot)).isEmpty();
        assertThat(events.posted(pinned)).isEmpty();
    }

    @Test
    void withoutTheContentIntentOnlyTextThatMentionsTheBotIsRead() {
        Message withheld = message("", false, true);
        Message mentioning = message("<@900> my answer", false, true);
        User self = mock(User.class);
        when(self.getIdLong()).thenReturn(SELF);
        when(mentioning.getMentions().getUsers()).thenReturn(List.of(self));
        Message direct = message("hello", false, false);

        assertThat(events.posted(withheld)).isEmpty();
        assertThat(events.edited(withheld)).as("an edit Discord withheld is not an emptied answer").isEmpty();
        assertThat(events.posted(mentioning)).isPresent();
        assertThat(events.posted(direct)).hasValueSatisfying(
                e -> assertThat(((InboundEvent.MessagePosted) e).direct()).isTrue());
    }

    @Test
    void slashCommandsCarryTheirOptionsAsTypedAndWhoMayConvene() {
        SlashCommandInteraction ask = command("ask");
        OptionMapping prompt = mock(OptionMapping.class);
        when(prompt.getAsString()).thenReturn("What is in our way?");
        when(ask.getOption(SlashCommands.PROMPT)).thenReturn(prompt);
        Member member = ask.getMember();
        Role role = mock(Role.class);
        when(role.getId()).thenReturn("77");
        when(role.getName()).thenReturn("convenors");
        when(member.getRoles()).thenReturn(List.of(role));

        InboundEvent.CommandIssued issued = events.command(ask);

        assertThat(issued.name()).isEqualTo("ask");
        assertThat(issued.args()).isEqualTo("open What is in our way?");
        assertThat(issued.admin()).isTrue();
        assertThat(issued.messageId()).isEqualTo("50");
        assertThat(events.convenor(null)).isFalse();
    }

    @Test
    void anOpenSpaceCommandTakesTheRestOfTheLineAsTyped() {
        SlashCommandInteraction propose = command("propose");
        OptionMapping text = mock(OptionMapping.class);
        when(text.getAsString()).thenReturn("Getting about town | buses that work for us");
        when(propose.getOption(SlashCommands.TEXT)).thenReturn(text);

        assertThat(events.command(propose).args()).isEqualTo("Getting about town | buses that work for us");
        assertThat(events.command(command("openspace")).args()).isEmpty();
    }

    @Test
    void theFormIsAShareThatRepliesToThePromptItWasOpenedFrom() {
        ModalInteraction form = mock(ModalInteraction.class, RETURNS_DEEP_STUBS);
        when(form.getModalId()).thenReturn(ShareForm.form("10").getId());
        ModalMapping answer = mock(ModalMapping.class);
        when(answer.getAsString()).thenReturn("time with friends");
        when(form.getValue(ShareForm.ANSWER)).thenReturn(answer);
        when(form.getId()).thenReturn("60");
        when(form.getChannelIdLong()).thenReturn(20L);
        when(form.getUser().getId()).thenReturn("40");
        when(form.getTimeCreated()).thenReturn(OffsetDateTime.ofInstant(AT, ZoneOffset.UTC));
        when(form.getMember().hasPermission(Permission.MANAGE_SERVER)).thenReturn(false);

        InboundEvent.CommandIssued shared = events.shared(form);

        assertThat(shared.name()).isEqualTo("share");
        assertThat(shared.args()).isEqualTo("time with friends");
        assertThat(shared.replyTo()).isEqualTo("10");
        assertThat(shared.admin()).isFalse();
        assertThat(ShareForm.promptOf(ShareForm.form(null).getId())).isNull();
    }

    private static Message message(String content, boolean contentIntent, boolean inGuild) {
        Message message = mock(Message.class, RETURNS_DEEP_STUBS);
        when(message.getJDA().getGatewayIntents()).thenReturn(contentIntent
                ? EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT)
                : EnumSet.of(GatewayIntent.GUILD_MESSAGES));
        when(message.getJDA().getSelfUser().getIdLong()).thenReturn(SELF);
        when(message.getMentions().getUsers()).thenReturn(List.of());
        when(message.isFromGuild()).thenReturn(inGuild);
        when(message.getType()).thenReturn(MessageType.INLINE_REPLY);
        when(message.getAuthor().isBot()).thenReturn(false);
        when(message.getAuthor().isSystem()).thenReturn(false);
        when(message.getAuthor().getId()).thenReturn("40");
        when(message.getAuthor().getEffectiveName()).thenReturn("Ann");
        when(message.isWebhookMessage()).thenReturn(false);
        when(message.getChannelIdLong()).thenReturn(20L);
        when(message.getId()).thenReturn("30");
        when(message.getContentRaw()).thenReturn(content);
        MessageReference reference = mock(MessageReference.class);
        when(reference.getMessageId()).thenReturn("10");
        when(message.getMessageReference()).thenReturn(reference);
        when(message.getTimeCreated()).thenReturn(OffsetDateTime.ofInstant(AT, ZoneOffset.UTC));
        return message;
    }

    private static SlashCommandInteraction command(String name) {
        SlashCommandInteraction command = mock(SlashCommandInteraction.class, RETURNS_DEEP_STUBS);
        when(command.getName()).thenReturn(name);
        when(command.getOption(anyString())).thenReturn(null);
        when(command.getId()).thenReturn("50");
        when(command.getChannelIdLong()).thenReturn(20L);
        when(command.getUser().getId()).thenReturn("40");
        when(command.isFromGuild()).thenReturn(true);
        when(command.getTimeCreated()).thenReturn(OffsetDateTime.ofInstant(AT, ZoneOffset.UTC));
        return command;
    }
}
