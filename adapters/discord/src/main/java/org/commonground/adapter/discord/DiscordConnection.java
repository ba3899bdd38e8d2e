package org.commonground.adapter.discord;

import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.messages.MessageRequest;

/**
 * Opens the JDA session. It asks for the Message Content intent when told to; if Discord refuses it
 * (close code 4014: the intent is not enabled for the application), it says so once and connects
 * without, so the Share button, the form and the slash commands still work.
 */
final class DiscordConnection {

    private static final Logger LOG = Logger.getLogger(DiscordConnection.class.getName());
    static final EnumSet<GatewayIntent> INTENTS =
            EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);

    private DiscordConnection() {
    }

    static JDA open(DiscordSettings settings, EventListener listener) throws InterruptedException {
        // Members' words are echoed in summaries: no message the bot sends may ping anyone.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        if (settings.messageContent()) {
            CompletableFuture<CloseCode> closed = new CompletableFuture<>();
            EnumSet<GatewayIntent> intents = EnumSet.copyOf(INTENTS);
            intents.add(GatewayIntent.MESSAGE_CONTENT);
            JDA jda = builder(settings, intents).addEventListeners(listener, (EventListener) event -> {
                if (event instanceof ShutdownEvent shutdown) {
                    closed.complete(shutdown.getCloseCode());
                }
            }).build();
            try {
                return jda.awaitReady();
            } catch (IllegalStateException refused) {
                // JDA reports the shut-down status before it hands out the event that says why.
                if (closedWith(closed) != CloseCode.DISALLOWED_INTENTS) {
                    throw refused;
                }
            }
        }
        LOG.warning("Discord: the Message Content intent is off for this application, so the bot reads a "
                + "reply to its question only when the reply mentions it (Discord's replies do, unless the "
                + "ping is turned off). The Share button, the form and /share work regardless. To read every "
                + "reply, enable Message Content in the Developer Portal (Bot, Privileged Gateway Intents).");
        return builder(settings, INTENTS).addEventListeners(listener).build().awaitReady();
    }

    private static CloseCode closedWith(CompletableFuture<CloseCode> closed) throws InterruptedException {
        try {
            return closed.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private static JDABuilder builder(DiscordSettings settings, EnumSet<GatewayIntent> intents) {
        return JDABuilder.createLight(settings.token(), intents)
                .setRestConfig(new RestConfig().setBaseUrl(settings.restUrl()))
                .setSessionController(new ConcurrentSessionController() {
                    @Override
                    public String getGateway() {
                        return settings.gatewayUrl();
                    }
                })
                .setEnableShutdownHook(false);
    }
}
