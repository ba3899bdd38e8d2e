package org.commonground.testkit.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/** Real JDA bots pointed at a fake: REST through RestConfig, the gateway through the session controller. */
final class JdaBots {
    private JdaBots() {
    }

    static JDA connect(FakeDiscord fake, Object listener, Compression compression, List<GatewayIntent> intents)
            throws InterruptedException {
        return JDABuilder.createLight(fake.token(), intents)
                .setRestConfig(new RestConfig().setBaseUrl(fake.restUrl()))
                .setSessionController(new ConcurrentSessionController() {
                    @Override
                    public String getGateway() {
                        return fake.gatewayUrl();
                    }
                })
                .setCompression(compression)
                .addEventListeners(listener)
                .build()
                .awaitReady();
    }

    static void shutdown(JDA jda) throws InterruptedException {
        jda.shutdownNow();
        jda.awaitShutdown(5, TimeUnit.SECONDS);
    }

    /** Remembers the messages people send, as "author: content", in arrival order. */
    static class Inbox extends ListenerAdapter {
        private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

        @Override
        public void onMessageReceived(MessageReceivedEvent event) {
            if (!event.getAuthor().isBot()) {
                received.add(event.getAuthor().getName() + ": " + event.getMessage().getContentRaw());
            }
        }

        /** Waits for this message, passing over others received before it; fails after ten seconds. */
        void await(String expected) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            List<String> passed = new ArrayList<>();
            String message;
            while (!expected.equals(message = received.poll(Math.max(0, deadline - System.nanoTime()),
                    TimeUnit.NANOSECONDS))) {
                if (message == null) {
                    throw new AssertionError("the bot did not receive \"" + expected + "\"; it received " + passed);
                }
                passed.add(message);
            }
        }
    }
}
