package org.commonground.adapter.local.demo;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.commonground.adapter.local.LocalChatPlatform;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Round;
import org.commonground.core.round.RoundService;
import org.commonground.core.summary.SummaryService;

/**
 * Replays a scripted gathering in a local room through the same path as a real round: the convenor
 * opens rounds, members reply to the delivered prompts, the running bot stores, collates and posts
 * each summary through the outbox, and the demo prints what the room received.
 */
public final class LocalDemo {

    static final Duration WAIT = Duration.ofSeconds(20);

    private final LocalChatPlatform room;
    private final RoundService rounds;
    private final SummaryService summaries;

    public LocalDemo(LocalChatPlatform room, RoundService rounds, SummaryService summaries) {
        this.room = room;
        this.rounds = rounds;
        this.summaries = summaries;
    }

    /** Runs the whole gathering in the given room, printing each round's summary to {@code out}. */
    public void run(String roomName, PrintWriter out) {
        if (!room.running()) {
            throw new IllegalStateException("The demo needs the bot running in this process.");
        }
        ChatRef chat = new ChatRef(LocalChatPlatform.PLATFORM, roomName);
        Map<String, String> lastReply = new HashMap<>();
        Round round = null;
        String prompt = null;
        out.println("A scripted gathering in " + chat + ": members answer four questions; Common Ground gathers,");
        out.println("sorts and summarises what they said. Each summary below is what the bot posted to the room.");
        for (DemoScript.Step step : DemoScript.load()) {
            if (step instanceof DemoScript.OpenRound open) {
                round = rounds.open(List.of(chat), open.prompt(), open.category(), null);
                long id = round.id();
                prompt = await("the prompt of round " + id, () -> rounds.promptMessageId(id, chat));
            } else if (step instanceof DemoScript.Reply reply) {
                lastReply.put(reply.member(), room.reply(roomName, reply.member(), prompt, reply.text()).message().id());
            } else if (step instanceof DemoScript.Say say) {
                room.say(roomName, say.member(), say.text());
            } else if (step instanceof DemoScript.Edit edit) {
                room.edit(roomName, edit.member(), lastReply.get(edit.member()), edit.text());
            } else if (step instanceof DemoScript.Delete delete) {
                room.delete(roomName, delete.member(), lastReply.get(delete.member()));
            } else if (round != null) {
                printSummary(rounds.close(round.id()), chat, out);
            }
        }
        out.println();
        out.println("That was the whole loop. Try `round list`, `themes " + (round == null ? 1 : round.id())
                + "` or `summary show " + (round == null ? 1 : round.id()) + " --format markdown`.");
        out.flush();
    }

    private void printSummary(Round round, ChatRef chat, PrintWriter out) {
        int parts = summaries.post(round.id());
        List<String> delivered = await("the summary of round " + round.id(), () -> {
            List<String> texts = summaries.delivered(round.id(), chat);
            return texts.size() >= parts ? Optional.of(texts) : Optional.empty();
        });
        out.println();
        out.println("──── Round " + round.id() + " (" + round.categoryKey() + ") ────");
        delivered.forEach(out::println);
        out.flush();
    }

    private static <T> T await(String what, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("The bot did not deliver " + what + " within " + WAIT.toSeconds()
                + " seconds; is the outbox stuck? `status` will tell.");
    }
}
