package org.commonground.bench.discord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import org.commonground.adapter.discord.DiscordChatPlatform;
import org.commonground.adapter.discord.DiscordSettings;
import org.commonground.adapter.files.CsvReplyFileReader;
import org.commonground.core.CoreServices;
import org.commonground.core.domain.Category;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.event.InboundEvent;
import org.commonground.core.event.InboundResult;
import org.commonground.core.exchange.ReplyRow;
import org.commonground.core.port.ContributionStore;
import org.commonground.core.port.OutboxStore;
import org.commonground.core.port.RoundStore;
import org.commonground.core.round.OpenPrompts;

/**
 * Gateway events per second through the real JDA: into a listener that does nothing, and through the
 * Discord adapter into the core and its H2 store, where every reply is placed, stored once and
 * acknowledged in the outbox. Both are fed the same replies by the same fake Discord on loopback.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.commonground.bench.discord.GatewayIngest [events] [replies.csv]</pre>
 */
public final class GatewayIngest {

    private static final int RUNS = 3;

    private GatewayIngest() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path csv = Path.of(args.length > 1 ? args[1] : "../shared/data/polis/american-assembly.bowling-green/comments.csv");
        List<String> texts = new CsvReplyFileReader().read(csv).stream().map(ReplyRow::text).toList();
        double idle = median(GatewayIngest::idleListener, events, texts);
        double stored = median(GatewayIngest::intoTheStore, events, texts);
        System.out.printf(Locale.ROOT, "%d replies from %s, median of %d runs after a warm-up%n", events,
                csv.getFileName(), RUNS);
        System.out.printf(Locale.ROOT, "JDA, listener that does nothing: %,10.0f events/s%n", idle);
        System.out.printf(Locale.ROOT, "JDA, adapter, core and H2 store: %,10.0f events/s%n", stored);
        System.out.printf(Locale.ROOT, "ratio stored / idle:             %10.2f%n", stored / idle);
    }

    /** A measurement: the rates of a warm-up and {@link #RUNS} measured batches in one session. */
    private interface Session {
        double[] rates(int events, List<String> texts) throws Exception;
    }

    private static double median(Session session, int events, List<String> texts) throws Exception {
        double[] rates = session.rates(events, texts);
        double[] measured = Arrays.copyOfRange(rates, 1, rates.length);
        Arrays.sort(measured);
        return measured[measured.length / 2];
    }

    private static double[] idleListener(int events, List<String> texts) throws Exception {
        Traffic traffic = new Traffic();
        AtomicLong received = new AtomicLong();
        JDA jda = JDABuilder.createLight(traffic.discord.token(), EnumSet.of(GatewayIntent.GUILD_MESSAGES,
                        GatewayIntent.DIRECT_MESSAGES, GatewayIntent.MESSAGE_CONTENT))
                .setRestConfig(new RestConfig().setBaseUrl(traffic.discord.restUrl()))
                .setSessionController(new ConcurrentSessionController() {
                    @Override
                    public String getGateway() {
                        return traffic.discord.gatewayUrl();
                    }
                })
                .addEventListeners(new ListenerAdapter() {
                    @Override
                    public void onMessageReceived(MessageReceivedEvent event) {
                        received.incrementAndGet();
                    }
                })
                .build().awaitReady();
        try {
            long opening = traffic.opening();
            return batches(events, texts, n -> traffic.replies(opening, texts, n, received::get, received.get() + n));
        } finally {
            jda.shutdownNow();
            traffic.discord.close();
        }
    }

    private static double[] intoTheStore(int events, List<String> texts) throws Exception {
        Path directory = Files.createTempDirectory("commonground-bench");
        Traffic traffic = new Traffic();
        try (StoredCore stored = new StoredCore(directory)) {
            OpenPrompts prompts = new OpenPrompts(stored.store(RoundStore.class),
                    stored.store(ContributionStore.class), stored.store(OutboxStore.class));
            DiscordChatPlatform platform = new DiscordChatPlatform(new DiscordSettings(traffic.discord.token(),
                    traffic.discord.restUrl(), traffic.discord.gatewayUrl(), true, null), prompts, Clock.systemUTC());
            CoreServices core = stored.core(platform, Clock.systemUTC());
            AtomicLong taken = new AtomicLong();
            platform.start(event -> {
                InboundResult result = core.inbound().accept(event);
                if (event instanceof InboundEvent.MessagePosted) {
                    taken.incrementAndGet();
                }
                return result;
            });
            ChatRef chat = new ChatRef(DiscordChatPlatform.PLATFORM, Long.toString(traffic.channel.id()));
            long round = core.rounds().open(List.of(chat), "What matters to you?", Category.VISION, null).id();
            core.dispatcher().deliverDue();
            long prompt = Long.parseLong(core.rounds().promptMessageId(round, chat).orElseThrow());
            try {
                return batches(events, texts, n -> traffic.replies(prompt, texts, n, taken::get, taken.get() + n));
            } finally {
                platform.stop();
            }
        } finally {
            traffic.discord.close();
            try (var files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private static double[] batches(int events, List<String> texts, ToDoubleFunction<Integer> batch) {
        double[] rates = new double[RUNS + 1];
        for (int i = 0; i < rates.length; i++) {
            rates[i] = batch.applyAsDouble(i == 0 ? Math.max(1, events / 4) : events);
        }
        return rates;
    }
}
